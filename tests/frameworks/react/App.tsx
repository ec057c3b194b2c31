'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type {} from 'therapy-widgets/jsx';
import type { TherapyStepDetail, TherapyToggleDetail } from 'therapy-widgets';

type WidgetEvents = Pick<GlobalEventHandlersEventMap, 'therapy-step' | 'therapy-toggle' | 'therapy-scenario'>;

/**
 * A ref that listens to one of a widget's events, also on server-rendered pages: React 19
 * attaches `ontherapy-…` props when it renders in the browser, but not when it hydrates
 * (facebook/react#35446).
 */
function useWidgetEvent<T extends keyof WidgetEvents>(type: T, listener: (event: WidgetEvents[T]) => void) {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  return useCallback(
    (widget: HTMLElement | null) => {
      const handle = (event: Event) => latest.current(event as WidgetEvents[T]);
      widget?.addEventListener(type, handle);
      return () => widget?.removeEventListener(type, handle);
    },
    [type],
  );
}

export function App() {
  const [jurisdiction, setJurisdiction] = useState<'us' | 'uk'>('us');
  const [stage, setStage] = useState<TherapyStepDetail>();
  const [answer, setAnswer] = useState<TherapyToggleDetail>();
  const guideRef = useWidgetEvent('therapy-step', (event) => setStage(event.detail));
  const faqRef = useWidgetEvent('therapy-toggle', (event) => setAnswer(event.detail));

  // Load the elements in the browser only (server rendering leaves the tags as they are).
  useEffect(() => {
    void import('therapy-widgets');
  }, []);

  return (
    <>
      <button type="button" id="switch" onClick={() => setJurisdiction('uk')}>
        Show the UK rules
      </button>
      <therapy-guide
        ref={guideRef}
        jurisdiction={jurisdiction}
        practice-name="Calm Harbour Therapy"
        session-minutes={45}
      />
      <therapy-faq
        ref={faqRef}
        jurisdiction={jurisdiction}
        practice-name="Calm Harbour Therapy"
        booking-url="/book"
      />
      <output id="stage">{stage && JSON.stringify(stage)}</output>
      <output id="answer">{answer && JSON.stringify(answer)}</output>
    </>
  );
}
