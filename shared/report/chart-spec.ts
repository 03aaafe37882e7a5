/**
 * The report's chart as a Vega-Lite spec: per day, alerts answered in window, late and missed
 * (stacked bars), and the median and p90 time to first reply (lines, minutes). Pure data in, spec
 * out; only Beacon's own words and digits appear in it.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../domain/report.ts';

/** The one font the chart uses (bundled; see chart.ts). */
export const CHART_FONT = 'Inter';
/** Width of the PNG in pixels. */
export const CHART_WIDTH = 1200;

const OUTCOMES = [
  { field: 'answeredInWindow', label: 'Answered in window', color: '#2eb67d' },
  { field: 'late', label: 'Late', color: '#ecb22e' },
  { field: 'missed', label: 'Missed', color: '#616061' },
] as const;
const PERCENTILES = [
  { field: 'medianSeconds', label: 'Median', color: '#1264a3' },
  { field: 'p90Seconds', label: 'p90', color: '#e01e5a' },
] as const;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon 03-02" from "2026-03-02": computed here, so no time zone of the machine can shift it. */
export const dayLabel = (day: string): string =>
  `${WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()] ?? ''} ${day.slice(5)}`;

export function chartSpec(report: Report): TopLevelSpec {
  const days = report.perDay.map((d) => dayLabel(d.day));
  const x = {
    field: 'day',
    type: 'ordinal' as const,
    sort: days,
    title: null,
    scale: { domain: days },
    axis: { labelAngle: 0 },
  };
  const outcomes = report.perDay.flatMap((d) =>
    OUTCOMES.map((o, order) => ({ day: dayLabel(d.day), outcome: o.label, alerts: d[o.field], order })),
  );
  const times = report.perDay.flatMap((d) =>
    PERCENTILES.flatMap((p) => {
      const seconds = d[p.field];
      return seconds === null
        ? []
        : [{ day: dayLabel(d.day), percentile: p.label, minutes: Math.round((seconds / 60) * 10) / 10 }];
    }),
  );
  const panelWidth = 520;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: '#ffffff',
    padding: 16,
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      axis: { labelFontSize: 11, titleFontSize: 11, grid: true, gridColor: '#eeeeee' },
      legend: { labelFontSize: 11, titleFontSize: 11, orient: 'top' },
      title: { fontSize: 14, anchor: 'start' },
    },
    vconcat: [
      {
        title: 'Alerts per day: answered in window, late, missed',
        width: panelWidth,
        height: 180,
        data: { values: outcomes },
        mark: { type: 'bar' },
        encoding: {
          x,
          y: {
            field: 'alerts',
            type: 'quantitative',
            title: 'alerts',
            stack: 'zero',
            axis: { tickMinStep: 1 },
          },
          color: {
            field: 'outcome',
            type: 'nominal',
            title: null,
            scale: { domain: OUTCOMES.map((o) => o.label), range: OUTCOMES.map((o) => o.color) },
          },
          order: { field: 'order', type: 'quantitative' },
        },
      },
      {
        title: 'Time to first reply (minutes): median and p90',
        width: panelWidth,
        height: 140,
        data: { values: times },
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y: { field: 'minutes', type: 'quantitative', title: 'minutes' },
          color: {
            field: 'percentile',
            type: 'nominal',
            title: null,
            scale: { domain: PERCENTILES.map((p) => p.label), range: PERCENTILES.map((p) => p.color) },
          },
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}
