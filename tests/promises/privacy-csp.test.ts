import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Report {
  violations: string[];
  errors: string[];
  resources: string[];
  cookie: string;
  localStorage: number;
  sessionStorage: number;
  databases: string[];
  typed: { search: string; hopes: string };
  rendered: number[];
}

/** Loads the every-element page from the fixture server and waits for its report. */
async function exercise(query: string): Promise<{ report: Report; requests: string[] }> {
  const { origin } = (await executeServerCommand<{ origin: string }, undefined>('fixture-server'))!;
  await executeServerCommand('fixture-requests');
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const report = new Promise<Report>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.origin !== origin || !event.data?.promises) return;
      window.removeEventListener('message', listen);
      resolve(event.data.promises as Report);
    };
    window.addEventListener('message', listen);
  });
  frame.src = `${origin}/tests/fixtures/promises/page.html${query}`;
  document.body.append(frame);
  try {
    const result = await report;
    const requests = (await executeServerCommand<string[], undefined>('fixture-requests'))!;
    return { report: result, requests };
  } finally {
    frame.remove();
  }
}

describe('promises to the reader', () => {
  it('requests nothing beyond the module and stores nothing, with every element used', async () => {
    const { report, requests } = await exercise('');
    expect(report.errors).to.deep.equal([]);
    expect(
      report.rendered.every((n) => n > 100),
      'every element rendered',
    ).to.equal(true);
    expect(report.typed).to.deep.equal({ search: 'insurance', hopes: 'Sleep better, worry less.' });
    // What the server saw: the page, its two test scripts, and the module. Nothing else.
    expect(requests.filter((r) => !r.startsWith('/tests/fixtures/promises/'))).to.deep.equal([
      '/dist/therapy-widgets.js',
    ]);
    // What the page itself loaded, from any origin.
    expect(report.resources.filter((r) => !r.startsWith('/tests/fixtures/promises/'))).to.deep.equal([
      '/dist/therapy-widgets.js',
    ]);
    expect(report.cookie).to.equal('');
    expect(report.localStorage).to.equal(0);
    expect(report.sessionStorage).to.equal(0);
    expect(report.databases).to.deep.equal([]);
  });

  it('works under a strict Content Security Policy with Trusted Types, with no violation', async () => {
    const { report } = await exercise('?csp');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(
      report.rendered.every((n) => n > 100),
      'every element rendered',
    ).to.equal(true);
  });
});
