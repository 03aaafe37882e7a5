/**
 * The report's chart as a PNG, without a browser and byte for byte the same on every machine:
 * a Vega-Lite spec (chart-spec.ts) compiled to Vega, rendered to SVG by Vega's headless view
 * (renderer 'none', no canvas), then to PNG by resvg compiled to WebAssembly.
 *
 * Determinism: the chart shows only Beacon's own words, digits and dates (no channel names,
 * handles or subjects, which could be in any script); text is set in the one bundled font (Inter,
 * SIL Open Font License) loaded from its file, never from the system; days are labels computed by
 * the report, not dates Vega would format in the machine's time zone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { Report } from '../domain/report.ts';
import { CHART_ASSETS } from './chart-assets.ts';
import { CHART_FONT, CHART_WIDTH, chartSpec } from './chart-spec.ts';

const require = createRequire(import.meta.url);

/** An asset beside the bundle when deployed, else from node_modules. */
function asset(which: 'wasm' | 'font'): Buffer {
  const { file, module } = CHART_ASSETS[which];
  const beside = fileURLToPath(new URL(`./${file}`, import.meta.url));
  return readFileSync(existsSync(beside) ? beside : require.resolve(module));
}

let ready: Promise<{ font: Uint8Array }> | undefined;

/** Loads the WebAssembly module and the font once per process. */
function init(): Promise<{ font: Uint8Array }> {
  ready ??= (async () => {
    await initWasm(asset('wasm'));
    return { font: new Uint8Array(asset('font')) };
  })();
  return ready;
}

/** The chart as SVG text (Vega's headless renderer). */
export async function renderChartSvg(report: Report): Promise<string> {
  // Loaded on first render, not at import: the report function's cold start stays short.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(chartSpec(report)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes. */
export async function renderChartPng(report: Report): Promise<Uint8Array> {
  const [{ font }, svg] = await Promise.all([init(), renderChartSvg(report)]);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH },
    background: '#ffffff',
    font: { fontBuffers: [font], loadSystemFonts: false, defaultFontFamily: CHART_FONT },
  });
  const image = resvg.render();
  try {
    return image.asPng();
  } finally {
    image.free();
    resvg.free();
  }
}
