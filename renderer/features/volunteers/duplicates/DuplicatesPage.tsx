// ข้อมูลที่อาจซ้ำกัน
import { Title } from '@mantine/core';

export function DuplicatesPage() {
  return <Title order={1}>ข้อมูลที่อาจซ้ำกัน</Title>;
}
