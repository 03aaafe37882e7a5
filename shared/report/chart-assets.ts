/**
 * The files the chart renderer reads at run time: resvg's WebAssembly module, the one font of the
 * chart (Inter, SIL Open Font License 1.1) and the font's licence, which travels with it. Deployed,
 * they are copied beside the report function's bundle (infra); locally they come from node_modules.
 */
export const CHART_ASSETS = {
  wasm: { file: 'index_bg.wasm', module: '@resvg/resvg-wasm/index_bg.wasm' },
  font: { file: 'Inter_400Regular.ttf', module: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf' },
  fontLicence: { file: 'LICENSE_FONT', module: '@expo-google-fonts/inter/LICENSE_FONT' },
} as const;
