/**
 * The alerts a report reads: those opened in a period, whatever their state. The one place reports
 * touch the table's keys, so a change of how alerts are keyed by day is a local edit.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alert } from '../domain/alert.ts';
import type { ReportAlertSource } from '../usecases/ports.ts';
import { DynamoAlertStore } from './alert-store.ts';

export class DynamoReportStore implements ReportAlertSource {
  private readonly alerts: DynamoAlertStore;

  constructor(db: DynamoDBDocumentClient, tableName: string) {
    this.alerts = new DynamoAlertStore(db, tableName);
  }

  openedBetween(from: Date, to: Date): Promise<Alert[]> {
    return this.alerts.listOpened(from, to);
  }
}
