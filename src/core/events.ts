/**
 * The events the elements fire, their detail types, and the one helper that fires them:
 * prefixed kebab-case names, bubbling and composed, so a page listens anywhere (and checks
 * `event.target` when several widgets share it).
 */

/** Detail of `therapy-toggle`: the FAQ item the reader opened or closed. */
export interface TherapyToggleDetail {
  readonly id: string;
  readonly open: boolean;
}

/** Detail of `therapy-step`: the guide stage now shown. */
export interface TherapyStepDetail {
  /** The stage's id. */
  readonly id: string;
  /** Its 0-based position among the stages shown. */
  readonly index: number;
}

/** Detail of `therapy-scenario`: the situation the reader chose in the explainer. */
export interface TherapyScenarioDetail {
  readonly id: string;
}

/** Each event name with its detail. */
export interface TherapyEventDetails {
  'therapy-toggle': TherapyToggleDetail;
  'therapy-step': TherapyStepDetail;
  'therapy-scenario': TherapyScenarioDetail;
}

/** Fires a therapy event from `target`. Only reader actions call this, never property changes. */
export function emit<K extends keyof TherapyEventDetails>(
  target: EventTarget,
  type: K,
  detail: TherapyEventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'therapy-toggle': CustomEvent<TherapyToggleDetail>;
    'therapy-step': CustomEvent<TherapyStepDetail>;
    'therapy-scenario': CustomEvent<TherapyScenarioDetail>;
  }
}
