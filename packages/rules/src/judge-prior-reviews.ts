import type { AgendaItem, ReviewKind } from "@yishi/domain";

/** A review an item lacks for a meeting: never done, or done only on the meeting day or after. */
export interface PriorReviewGap {
  kind: ReviewKind;
  /** The first day it was done, when it was, too late. */
  doneOn?: string;
}

/**
 * 应当经过评估论证、公开征求意见、合法性审查、集体决议决定等程序 (钟山区 第十七条): each of
 * `kinds` done before the meeting day, the collective decision coming last. The
 * checker and the agenda planner judge by this; empty when nothing is missing.
 */
export function judgePriorReviews(item: Pick<AgendaItem, "reviews">, meetingDate: string, kinds: readonly ReviewKind[]): PriorReviewGap[] {
  return kinds.flatMap((kind) => {
    const doneOn = item.reviews.filter((r) => r.kind === kind).map((r) => r.doneOn).sort()[0];
    if (doneOn !== undefined && doneOn < meetingDate) return [];
    return [doneOn === undefined ? { kind } : { kind, doneOn }];
  });
}

/** The reviews' names, as the articles call them. */
export const REVIEW_LABELS: Record<ReviewKind, { zh: string; en: string }> = {
  legal: { zh: "合法性审查", en: "legal review" },
  "topic-meeting": { zh: "专题会议研究", en: "a topic meeting" },
  fairness: { zh: "公平竞争审查", en: "fair-competition review" },
  risk: { zh: "风险评估", en: "risk assessment" },
  consultation: { zh: "征求意见", en: "consultation" },
  assessment: { zh: "评估论证", en: "assessment (评估论证)" },
  "public-comment": { zh: "公开征求意见", en: "public comment (公开征求意见)" },
};

/** "评估论证未完成、公开征求意见于2026-03-19才完成" / "no assessment (评估论证), public comment … only on 2026-03-19". */
export function describePriorReviewGaps(gaps: readonly PriorReviewGap[]): { zh: string; en: string } {
  const zh = gaps.map((g) => (g.doneOn === undefined ? `未经${REVIEW_LABELS[g.kind].zh}` : `${REVIEW_LABELS[g.kind].zh}于${g.doneOn}才完成`));
  const en = gaps.map((g) => (g.doneOn === undefined ? `no ${REVIEW_LABELS[g.kind].en}` : `${REVIEW_LABELS[g.kind].en} done only on ${g.doneOn}`));
  return { zh: zh.join("、"), en: en.join(", ") };
}
