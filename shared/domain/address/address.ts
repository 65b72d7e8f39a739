// A Thai postal address with the Interior Ministry's codes (province 2, district 4, subdistrict 6).
import { z } from 'zod';

export const addressSchema = z.object({
  houseNo: z.string().max(30),
  /** หมู่: the village number within the subdistrict. */
  moo: z.string().max(5),
  village: z.string().max(100),
  street: z.string().max(100),
  provinceCode: z.string().regex(/^\d{2}$/),
  districtCode: z.string().regex(/^\d{4}$/),
  subdistrictCode: z.string().regex(/^\d{6}$/),
  postcode: z.string().regex(/^\d{5}$/),
});

export type Address = z.infer<typeof addressSchema>;

/** Codes nest: a district's code starts with its province's, a subdistrict's with its district's. */
export function areCodesNested(
  address: Pick<Address, 'provinceCode' | 'districtCode' | 'subdistrictCode'>,
): boolean {
  return (
    address.districtCode.startsWith(address.provinceCode) &&
    address.subdistrictCode.startsWith(address.districtCode)
  );
}
