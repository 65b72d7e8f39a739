// Builds shared/reference/data/admin-areas.json (provinces, districts, subdistricts) from the
// thai-address-universal package: a Thai and an English pass, joined row by row and checked by code.
// Run by hand when the package changes: `node scripts/build-reference-data.mjs`.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDatabase, getProvinceAll, setEngMode, setGeoMode } from 'thai-address-universal';

const OUT = fileURLToPath(new URL('../shared/reference/data/admin-areas.json', import.meta.url));
const pkg = createRequire(import.meta.url)('thai-address-universal/package.json');

/**
 * Codes the source gets wrong, set to the Interior Ministry's. Bueng Kan (split from Nong Khai in
 * 2011) is 38 (ISO 3166-2:TH-38), not 97, and its districts carry no code in the source; two
 * districts carry the code of a neighbouring one.
 */
const PROVINCE_CODES = { บึงกาฬ: '38' };
const DISTRICT_CODES = {
  'บึงกาฬ/เมืองบึงกาฬ': '3801',
  'บึงกาฬ/เซกา': '3802',
  'บึงกาฬ/โซ่พิสัย': '3803',
  'บึงกาฬ/พรเจริญ': '3804',
  'บึงกาฬ/ศรีวิไล': '3805',
  'บึงกาฬ/บึงโขงหลง': '3806',
  'บึงกาฬ/ปากคาด': '3807',
  'บึงกาฬ/บุ่งคล้า': '3808',
  'เชียงใหม่/กัลยาณิวัฒนา': '5025',
  'อุตรดิตถ์/น้ำปาด': '5304',
};
/** Provisional subdistrict codes count down from here, far above any serial in use (max 28). */
const PROVISIONAL_FROM = 99;

const thai = new Intl.Collator('th');
const problems = [];
function check(condition, message) {
  if (!condition) problems.push(message);
}

async function readPass(english) {
  await setGeoMode(true);
  await setEngMode(english);
  await getProvinceAll(); // loads the data for the current mode
  return getDatabase().map((row) => ({ ...row }));
}

const th = await readPass(false);
const en = await readPass(true);
if (th.length !== en.length) throw new Error(`Thai ${th.length} rows, English ${en.length}`);

// Join the two passes row by row; every code and postcode must agree.
const rows = [];
const dropped = [];
for (let i = 0; i < th.length; i++) {
  const t = th[i];
  const e = en[i];
  for (const key of ['province_code', 'district_code', 'sub_district_code', 'postal_code']) {
    if (t[key] !== e[key]) throw new Error(`row ${i}: ${key} differs: ${t[key]} / ${e[key]}`);
  }
  // A few islands are listed with neither code nor postcode: they are not postal subdistricts.
  if (t.postal_code === '') {
    dropped.push(`${t.province}/${t.district}/${t.sub_district}`);
    continue;
  }
  rows.push({
    provinceCode: PROVINCE_CODES[t.province] ?? t.province_code,
    provinceTh: t.province,
    provinceEn: e.province,
    districtKey: `${t.province}/${t.district}`,
    districtSourceCode: t.district_code,
    districtTh: t.district,
    districtEn: e.district,
    subdistrictSourceCode: t.sub_district_code,
    subdistrictTh: t.sub_district,
    subdistrictEn: e.sub_district,
    postcode: t.postal_code,
  });
}

// Provinces: one name per code and one code per name.
const provinces = new Map();
for (const r of rows) {
  const known = provinces.get(r.provinceCode);
  if (known) check(known[1] === r.provinceTh, `province ${r.provinceCode}: two names`);
  else provinces.set(r.provinceCode, [r.provinceCode, r.provinceTh, r.provinceEn]);
}

// Districts: the source's code unless corrected above; no two districts may share one.
const districts = new Map();
const districtOfKey = new Map();
for (const r of rows) {
  if (districtOfKey.has(r.districtKey)) continue;
  const code = DISTRICT_CODES[r.districtKey] ?? r.districtSourceCode;
  check(/^\d{4}$/.test(code), `district ${r.districtKey}: no code`);
  check(
    code.startsWith(r.provinceCode),
    `district ${r.districtKey} ${code}: not in ${r.provinceCode}`,
  );
  check(!districts.has(code), `district code ${code}: ${r.districtKey} and another`);
  districts.set(code, [code, r.districtTh, r.districtEn]);
  districtOfKey.set(r.districtKey, code);
}

// Subdistricts: rows with the same district and name are one subdistrict with several postcodes.
const groups = new Map();
for (const r of rows) {
  const districtCode = districtOfKey.get(r.districtKey);
  const key = `${districtCode}/${r.subdistrictTh}`;
  const group = groups.get(key);
  if (group) {
    check(group.en === r.subdistrictEn, `${key}: English ${group.en} / ${r.subdistrictEn}`);
    check(group.sourceCode === r.subdistrictSourceCode, `${key}: two source codes`);
    group.postcodes.add(r.postcode);
  } else {
    groups.set(key, {
      districtCode,
      th: r.subdistrictTh,
      en: r.subdistrictEn,
      sourceCode: r.subdistrictSourceCode,
      postcodes: new Set([r.postcode]),
    });
  }
}

// The source's code is kept when it nests in the subdistrict's district and no other subdistrict
// claims it (first in Thai order wins); every other subdistrict gets a provisional code, counted
// down from 99 inside its district, and keeps the source's code beside it for the record.
const byDistrict = new Map();
for (const g of groups.values()) {
  const list = byDistrict.get(g.districtCode) ?? [];
  list.push(g);
  byDistrict.set(g.districtCode, list);
}
const claimed = new Set();
const stats = { kept: 0, notNested: 0, noCode: 0, shared: 0 };
for (const list of byDistrict.values()) {
  list.sort((a, b) => thai.compare(a.th, b.th));
  for (const g of list) {
    if (g.sourceCode === '') stats.noCode++;
    else if (!g.sourceCode.startsWith(g.districtCode)) stats.notNested++;
    else if (claimed.has(g.sourceCode)) stats.shared++;
    else {
      g.code = g.sourceCode;
      claimed.add(g.code);
      stats.kept++;
    }
  }
}
const subdistricts = [];
let provisional = 0;
for (const [districtCode, list] of byDistrict) {
  const highestKept = Math.max(
    0,
    ...list.filter((g) => g.code).map((g) => Number(g.code.slice(4))),
  );
  let serial = PROVISIONAL_FROM;
  for (const g of list) {
    if (!g.code) {
      while (claimed.has(districtCode + String(serial).padStart(2, '0'))) serial--;
      check(serial > highestKept, `district ${districtCode}: provisional codes run into real ones`);
      g.code = districtCode + String(serial).padStart(2, '0');
      claimed.add(g.code);
      provisional++;
    }
    const postcodes = [...g.postcodes].sort();
    const row = [g.code, g.th, g.en, postcodes];
    if (g.code !== g.sourceCode) row.push(g.sourceCode);
    subdistricts.push(row);
  }
}

const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const provinceRows = [...provinces.values()].sort(byCode);
const districtRows = [...districts.values()].sort(byCode);
subdistricts.sort(byCode);

// The whole tree must nest, every code be unique and every postcode have five digits.
const provinceSet = new Set(provinceRows.map((p) => p[0]));
const districtSet = new Set(districtRows.map((d) => d[0]));
for (const d of districtRows)
  check(provinceSet.has(d[0].slice(0, 2)), `district ${d[0]}: no province`);
for (const s of subdistricts) {
  check(/^\d{6}$/.test(s[0]), `subdistrict ${s[0]}: not six digits`);
  check(districtSet.has(s[0].slice(0, 4)), `subdistrict ${s[0]}: no district`);
  check(s[3].length > 0 && s[3].every((p) => /^\d{5}$/.test(p)), `subdistrict ${s[0]}: postcode`);
}
check(
  new Set(subdistricts.map((s) => s[0])).size === subdistricts.length,
  'subdistrict codes repeat',
);
for (const d of districtRows) {
  check(
    subdistricts.some((s) => s[0].startsWith(d[0])),
    `district ${d[0]} has no subdistrict`,
  );
}
check(provinceRows.length === 77, `${provinceRows.length} provinces, not 77`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const content = { provinces: provinceRows, districts: districtRows, subdistricts };
const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
const header = {
  source: `${pkg.name} ${pkg.version} (npm), derived from thai-address-database`,
  licence: pkg.license,
  version: `${pkg.name}@${pkg.version}+${hash}`,
};

// One row a line: small diffs when the source changes.
const lines = (rows) => rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
const json =
  '{\n' +
  Object.entries(header)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n') +
  `\n  "provinces": [\n${lines(provinceRows)}\n  ],` +
  `\n  "districts": [\n${lines(districtRows)}\n  ],` +
  `\n  "subdistricts": [\n${lines(subdistricts)}\n  ]\n}\n`;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);

const multiPostcode = subdistricts.filter((s) => s[3].length > 1).length;
console.log(`${header.version}
provinces ${provinceRows.length}, districts ${districtRows.length}, subdistricts ${subdistricts.length} (${multiPostcode} with several postcodes)
subdistrict codes: ${stats.kept} as in the source; provisional ${provisional} (source code of another district ${stats.notNested}, shared with another subdistrict ${stats.shared}, none ${stats.noCode})
dropped ${dropped.length} rows without a postcode: ${dropped.join(', ')}
wrote ${OUT} (${json.length} characters)`);
