// Pure rules of development-plan projects: which status may follow which.
import type { PlanStatus } from './constituency.table';

/**
 * A project moves forward one step at a time, may be dropped before it is done, and a dropped one may be
 * proposed again (a council brings it back next year). Done is final.
 */
const NEXT: Record<PlanStatus, readonly PlanStatus[]> = {
  proposed: ['in_plan', 'dropped'],
  in_plan: ['funded', 'proposed', 'dropped'],
  funded: ['under_way', 'dropped'],
  under_way: ['done', 'dropped'],
  done: [],
  dropped: ['proposed'],
};

export function nextPlanStatuses(from: PlanStatus): readonly PlanStatus[] {
  return NEXT[from];
}

export function mayMovePlan(from: PlanStatus, to: PlanStatus): boolean {
  return NEXT[from].includes(to);
}
