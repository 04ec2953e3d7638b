import fs from 'node:fs';
import path from 'node:path';
import { validate } from 'class-validator';
import { InRange, MaxLength, NotBlank } from '../../services/core/inputs';

const SERVICES = path.join(__dirname, '..', '..', 'services');

function sources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

class Sample {
  @MaxLength(4)
  @NotBlank()
  name!: string;

  @MaxLength(4, { each: true })
  @NotBlank({ each: true })
  lines!: string[];

  @InRange(-10, 10)
  value!: number;
}

async function problems(values: Partial<Sample>): Promise<string[]> {
  const sample = Object.assign(new Sample(), { name: 'Hoa', lines: ['a'], value: 1, ...values });
  return (await validate(sample)).flatMap((error) => Object.keys(error.constraints ?? {}).map((rule) => `${error.property}:${rule}`));
}

describe("the input rules every level's input classes share", () => {
  test("no input uses class-validator's MaxLength or IsNotEmpty: they count as the database does not", () => {
    const offenders = sources(SERVICES).filter((file) => /import \{[^}]*\b(MaxLength|IsNotEmpty)\b[^}]*\} from 'class-validator'/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('lengths are code points: emoji count one each, variation selectors and combining marks one each', async () => {
    expect(await problems({ name: '🏅🏅🏅🏅' })).toEqual([]);
    expect(await problems({ name: '🏅🏅🏅🏅🏅' })).toEqual(['name:maxLength']);
    expect(await problems({ name: `A${'\ufe0f'.repeat(4)}` })).toEqual(['name:maxLength']);
    expect(await problems({ lines: ['ok', 'too long'] })).toEqual(['lines:maxLength']);
  });

  test('blank is anything with nothing visible, in any script', async () => {
    for (const blank of ['', ' ', '\u3000', '\u00a0', '\u200b', '\ufe0f', '\u2060', '\ufeff', '\u0301', '\u180e']) {
      expect([JSON.stringify(blank), await problems({ name: blank })]).toEqual([JSON.stringify(blank), ['name:notBlank']]);
    }
    expect(await problems({ lines: ['a', '\u200b'] })).toEqual(['lines:notBlank']);
    for (const visible of ['Hoa', 'Ánh', '🌸', '1', '-']) expect(await problems({ name: visible })).toEqual([]);
  });

  test('numbers are finite and within their range', async () => {
    for (const value of [1e308, -1e308, Infinity, Number.NaN, 10.5]) expect(await problems({ value })).toEqual(['value:inRange']);
    for (const value of [-10, 0, 9.75]) expect(await problems({ value })).toEqual([]);
  });
});
