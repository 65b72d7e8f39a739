// A training course: what it teaches, which practice-standard indicators it trains, and when a
// participant of one of its rounds has completed it.
import { z } from 'zod';

/**
 * Completed when the share of the round's sessions attended reaches `minPercent`, and, when
 * `requireMarkedSessions` is set, every session the round marks as required was attended.
 */
export const completionRuleSchema = z.object({
  minPercent: z.number().int().min(0).max(100),
  requireMarkedSessions: z.boolean(),
});

export const courseFieldsSchema = z.object({
  titleTh: z.string().min(1).max(200),
  titleEn: z.string().max(200),
  purpose: z.string().max(2000),
  /** Practice-standard indicator codes, e.g. `2.3` (component 2, indicator 3). */
  indicators: z.array(z.string().regex(/^[1-3]\.\d{1,2}$/)).max(20),
  completion: completionRuleSchema,
});

export type CourseFields = z.infer<typeof courseFieldsSchema>;
export type CompletionRule = z.infer<typeof completionRuleSchema>;

export const defaultCompletionRule: CompletionRule = {
  minPercent: 80,
  requireMarkedSessions: false,
};
