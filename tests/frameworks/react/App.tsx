'use client';

import { useEffect, useState } from 'react';
import type {} from 'therapy-widgets/jsx';
import type { TherapyStepDetail, TherapyToggleDetail } from 'therapy-widgets';

export function App() {
  const [jurisdiction, setJurisdiction] = useState<'us' | 'uk'>('us');
  const [stage, setStage] = useState<TherapyStepDetail>();
  const [answer, setAnswer] = useState<TherapyToggleDetail>();

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
        jurisdiction={jurisdiction}
        practice-name="Calm Harbour Therapy"
        session-minutes={45}
        ontherapy-step={(event) => setStage(event.detail)}
      />
      <therapy-faq
        jurisdiction={jurisdiction}
        practice-name="Calm Harbour Therapy"
        booking-url="/book"
        ontherapy-toggle={(event) => setAnswer(event.detail)}
      />
      <output id="stage">{stage && JSON.stringify(stage)}</output>
      <output id="answer">{answer && JSON.stringify(answer)}</output>
    </>
  );
}
