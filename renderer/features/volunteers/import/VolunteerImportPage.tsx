// นำเข้าข้อมูล อพม. จาก Excel
import { Title } from '@mantine/core';

export function VolunteerImportPage() {
  return <Title order={1}>นำเข้าข้อมูล อพม. จาก Excel</Title>;
}
