/** The bundled district boundaries, fetched next to the page (no tile server, no other origin). */
import { useQuery } from '@tanstack/react-query';
import { inlineData } from '../../shared/api/inline';
import { sameOriginRequest } from '../../shared/api/sameOrigin';
import { parseDistrictShapes, type DistrictShape } from './geometry';

/** Relative to the page, like the dataset, so the app works under any sub-path and offline. */
export const SHAPES_PATH = 'data/districts.geojson';

async function fetchDistrictShapes(signal: AbortSignal): Promise<DistrictShape[]> {
  const inline = inlineData('districts');
  if (inline) return parseDistrictShapes(JSON.parse(inline));
  const url = new URL(SHAPES_PATH, document.baseURI).href;
  const response = await fetch(url, { ...sameOriginRequest('application/geo+json, application/json'), signal });
  if (!response.ok) throw new Error(`${SHAPES_PATH}: ${response.status} ${response.statusText}`.trim());
  return parseDistrictShapes(await response.json());
}

export function useDistrictShapes() {
  return useQuery<DistrictShape[], Error>({
    queryKey: ['district-shapes'],
    queryFn: ({ signal }) => fetchDistrictShapes(signal),
    // One quiet retry for a dropped connection; after that the reader gets the message and a retry button.
    retry: 1,
    staleTime: Infinity,
  });
}
