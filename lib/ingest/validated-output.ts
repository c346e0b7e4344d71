/**
 * Branded schemas for what the ingest writes. Parsing with these is the only
 * way to get their types, so emitOutput, which takes only these, never
 * writes a profile or report that skipped validation, and need not parse it
 * a second time.
 */
import type { z } from 'zod';
import { ProfileSchema } from '../profile-schema';
import { IngestReport } from './report-schema';

export const ValidatedProfile = ProfileSchema.brand<'ValidatedProfile'>();
export type ValidatedProfile = z.infer<typeof ValidatedProfile>;

export const ValidatedReport = IngestReport.brand<'ValidatedReport'>();
export type ValidatedReport = z.infer<typeof ValidatedReport>;
