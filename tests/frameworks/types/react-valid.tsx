// Valid React 19 usage: must compile against therapy-widgets/jsx (type-tests.mjs).
import type {} from 'therapy-widgets/jsx';
import type { TherapyScenarioDetail, TherapyStepDetail, TherapyToggleDetail } from 'therapy-widgets';

export function Valid() {
  const onToggle = (event: CustomEvent<TherapyToggleDetail>) => {
    const open: boolean = event.detail.open;
    const id: string = event.detail.id;
    return [open, id];
  };
  const onStep = (event: CustomEvent<TherapyStepDetail>) => event.detail.index + 1;
  const onScenario = (event: CustomEvent<TherapyScenarioDetail>) => event.detail.id;
  // Plain DOM code is typed too (HTMLElementTagNameMap, GlobalEventHandlersEventMap).
  document.querySelector('therapy-guide')?.addEventListener('therapy-step', (event) => event.detail.index);
  return (
    <main>
      <therapy-faq
        jurisdiction="uk"
        practice-name="Calm Harbour Therapy"
        session-minutes={50}
        heading-level={3}
        format="online"
        theme="auto"
        booking-url="/book"
        single
        className="faq"
        id="faq"
        ontherapy-toggle={onToggle}
      >
        <details id="parking">
          <summary>Is there parking?</summary>
          Yes, behind the building.
        </details>
      </therapy-faq>
      <therapy-guide jurisdiction="us" lang="es" heading-level="2" crisis="off" ontherapy-step={onStep} />
      <therapy-confidentiality jurisdiction="ca" theme="dark" ontherapy-scenario={onScenario} />
      <therapy-crisis jurisdiction="nz" variant="line" />
    </main>
  );
}
