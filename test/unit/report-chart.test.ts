/**
 * The report's chart: Vega-Lite → SVG → PNG without a browser, byte-identical for the same figures
 * in this process and in another one, and a PNG that decodes to the size it claims.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/domain/report.ts';
import { renderChartPng, renderChartSvg } from '../../shared/report/chart.ts';
import { CHART_WIDTH, dayLabel } from '../../shared/report/chart-spec.ts';
import { seededAlerts, WEEK } from '../helpers/report-seed.ts';

const TSX = resolve('node_modules/tsx/dist/cli.mjs');
const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const report = () => buildReport(seededAlerts(), WEEK);

/** Decodes a PNG as far as its pixels: signature, chunk CRCs, header, and inflated rows of the right length. */
function decodePng(png: Buffer): { width: number; height: number; bytesPerPixel: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let header: { width: number; height: number; bytesPerPixel: number } | undefined;
  const idat: Buffer[] = [];
  for (;;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    expect(crc, `CRC of ${type}`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') {
      const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[data[9] ?? -1] ?? 0;
      expect(data[8], 'bit depth').toBe(8);
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bytesPerPixel: channels };
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  if (!header) throw new Error('no IHDR');
  const pixels = inflateSync(Buffer.concat(idat));
  // Every row: one filter byte, then its pixels.
  expect(pixels.length).toBe(header.height * (1 + header.width * header.bytesPerPixel));
  return header;
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('the report chart', () => {
  it('renders the same figures to the same PNG bytes twice', async () => {
    const first = await renderChartPng(report());
    const second = await renderChartPng(report());
    expect(sha256(second)).toBe(sha256(first));
  });

  it('renders the same PNG bytes in another process', async () => {
    const here = sha256(await renderChartPng(report()));
    const { stdout } = await run(process.execPath, [TSX, 'test/helpers/chart-sha.ts'], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'ja_JP.UTF-8' },
    });
    expect(stdout.trim()).toBe(here);
  }, 60_000);

  it('changes when the figures change', async () => {
    const other = buildReport(seededAlerts().slice(1), WEEK);
    expect(sha256(await renderChartPng(other))).not.toBe(sha256(await renderChartPng(report())));
  });

  it('decodes as a PNG of the chart width', async () => {
    const png = Buffer.from(await renderChartPng(report()));
    const { width, height } = decodePng(png);
    expect(width).toBe(CHART_WIDTH);
    expect(height).toBeGreaterThan(600);
    expect(height).toBeLessThan(1600);
  });

  it('shows days and Beacon’s own words only, in the bundled font', async () => {
    const svg = await renderChartSvg(report());
    for (const day of report().perDay) expect(svg).toContain(dayLabel(day.day));
    expect(svg).toContain('Answered in window');
    expect(svg).not.toMatch(/complaints|maria_k|delivery|dark mode/);
    expect(svg).toContain('font-family="Inter"');
  });
});
