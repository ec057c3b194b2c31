/**
 * What belongs to one way of meeting, by id (ids are the same in every locale, so one table
 * serves them all). A practice that meets only in person gets no online-only item; one that
 * meets only online gets no in-person-only item. Blocks inside an answer are tagged where they
 * are written, as `FormatBlock`s (see `facts-types.ts`).
 */
import type { FormatTags } from './facts-types.js';

export const FORMAT_TAGS: FormatTags = {
  faq: {
    online: 'online',
    'tech-problems': 'online',
    location: 'in-person',
  },
  sections: { online: 'online' },
  scenarios: { 'online-session': 'online' },
  prep: { 'online-privacy': 'online' },
};
