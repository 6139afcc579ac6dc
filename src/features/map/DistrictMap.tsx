import type { DistrictMapProps } from './types';

export default function DistrictMap(_props: DistrictMapProps) {
  return <div className="map-pending" />;
}
