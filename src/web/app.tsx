import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Layout } from './components/layout.js';
import { PeopleListPage } from './people/people-list-page.js';

// The list is the first screen and stays in the initial bundle; the rest load on demand.
const PersonPage = lazy(() => import('./people/person-page.js').then((module) => ({ default: module.PersonPage })));
const AddPersonPage = lazy(() =>
  import('./people/add-person-page.js').then((module) => ({ default: module.AddPersonPage })),
);
const QuickCapturePage = lazy(() =>
  import('./people/quick-capture-page.js').then((module) => ({ default: module.QuickCapturePage })),
);

export function App() {
  return (
    <Layout>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Switch>
          <Route path="/">
            <Redirect to="/people" replace />
          </Route>
          <Route path="/people" component={PeopleListPage} />
          <Route path="/people/new" component={AddPersonPage} />
          <Route path="/capture" component={QuickCapturePage} />
          <Route path="/people/:id">{(params) => <PersonPage id={params.id} />}</Route>
          <Route>
            <section className="page">
              <h1>Not found</h1>
              <p>There is no page here.</p>
            </section>
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
