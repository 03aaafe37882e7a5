/** Renders the seeded week's chart in a process of its own and prints the PNG's sha256 (chart specs). */
import { createHash } from 'node:crypto';
import { buildReport } from '../../shared/domain/report.ts';
import { renderChartPng } from '../../shared/report/chart.ts';
import { seededAlerts, WEEK } from './report-seed.ts';

renderChartPng(buildReport(seededAlerts(), WEEK)).then((png) =>
  console.log(createHash('sha256').update(png).digest('hex')),
);
