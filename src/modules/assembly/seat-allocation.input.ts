// The seats of each constituency (province) in the current legislature, from the reference list in data/.
import fs from 'node:fs';
import { parseCsv } from '../../platform/csv';

const FILE = new URL('../../../data/national_assembly/seats_7th_legislature_2023.csv', import.meta.url);

export interface ProvinceSeats {
  province: string;
  seats: number;
}

/** The 25 constituencies of the 7th legislature (2023) and their seats, 125 in all (data/README.md). */
export function readSeatAllocation(): ProvinceSeats[] {
  return parseCsv(fs.readFileSync(FILE, 'utf8')).map((r) => ({
    province: r.province_code,
    seats: Number(r.seats),
  }));
}
