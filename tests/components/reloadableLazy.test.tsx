import { cleanup, render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { afterEach, expect, test } from 'vitest';
import { forgetFailedLoads, reloadableLazy } from '../../src/components/reloadableLazy';

afterEach(cleanup);

class Catch extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p>could not load</p> : this.props.children;
  }
}

/** A page whose file fails to arrive the first `failures` times it is asked for. */
function flaky(failures: number) {
  let asked = 0;
  const Page = reloadableLazy(async () => {
    asked += 1;
    if (asked <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return () => <h1>the page</h1>;
  });
  return { Page, asked: () => asked };
}

test('a preloaded page draws at once, without suspending', async () => {
  const { Page } = flaky(0);
  await Page.preload();
  render(
    <Suspense fallback={<p>waiting</p>}>
      <Page />
    </Suspense>,
  );
  expect(screen.getByRole('heading', { name: 'the page' })).toBeInTheDocument();
});

test('a page whose preload failed is asked for again when it is drawn', async () => {
  const { Page, asked } = flaky(1);
  await Page.preload();
  expect(asked()).toBe(1);
  render(
    <Suspense fallback={<p>waiting</p>}>
      <Page />
    </Suspense>,
  );
  expect(await screen.findByRole('heading', { name: 'the page' })).toBeInTheDocument();
  expect(asked()).toBe(2);
});

test('a page that failed while drawn is fetched anew after "Try again" (forgetFailedLoads)', async () => {
  const { Page, asked } = flaky(1);
  const { rerender } = render(
    <Catch key="first">
      <Suspense fallback={<p>waiting</p>}>
        <Page />
      </Suspense>
    </Catch>,
  );
  expect(await screen.findByText('could not load')).toBeInTheDocument();
  forgetFailedLoads();
  rerender(
    <Catch key="again">
      <Suspense fallback={<p>waiting</p>}>
        <Page />
      </Suspense>
    </Catch>,
  );
  expect(await screen.findByRole('heading', { name: 'the page' })).toBeInTheDocument();
  expect(asked()).toBe(2);
});
