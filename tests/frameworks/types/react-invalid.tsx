// Wrong React 19 usage: type-tests.mjs asserts tsc rejects it, with an error on every line
// marked as an expected error and on no other line.
import type {} from 'therapy-widgets/jsx';
import type { TherapyStepDetail } from 'therapy-widgets';

export function Invalid() {
  const onStep = (event: CustomEvent<TherapyStepDetail>) => event.detail.index;
  // Plain DOM code is typed too (HTMLElementTagNameMap, GlobalEventHandlersEventMap).
  document
    .querySelector('therapy-faq')
    ?.addEventListener('therapy-toggle', (event) => event.detail.index); /* EXPECT-ERROR */
  return (
    <main>
      <therapy-faq jurisdiction="mars" /> {/* EXPECT-ERROR */}
      <therapy-faq heading-level={7} /> {/* EXPECT-ERROR */}
      <therapy-guide theme="blue" /> {/* EXPECT-ERROR */}
      <therapy-faq format="phone" /> {/* EXPECT-ERROR */}
      <therapy-faq ontherapy-toggle={onStep} /> {/* EXPECT-ERROR */}
      <therapy-crisis variant="banner" /> {/* EXPECT-ERROR */}
      <therapy-faq single="yes" /> {/* EXPECT-ERROR */}
      <therapy-faq jurisdiction="uk" />
    </main>
  );
}
