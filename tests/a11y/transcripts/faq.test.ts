import '../../../src/index.js';
import { transcriptTest } from '../../support/transcript.js';

transcriptTest('therapy-faq');
