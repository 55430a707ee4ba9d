import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useMe } from './api/auth.js';
import { SignInPage } from './auth/sign-in-page.js';
import { SignUpPage } from './auth/sign-up-page.js';
import { ErrorMessage } from './components/error-message.js';
import { Layout } from './components/layout.js';
import { PeopleListPage } from './people/people-list-page.js';

// The list is the first screen and stays in the initial bundle; the rest load on demand.
const PersonPage = lazy(() => import('./people/person-page.js').then((module) => ({ default: module.PersonPage })));
const AddPersonPage = lazy(() =>
  import('./people/add-person-page.js').then((module) => ({ default: module.AddPersonPage })),
);
const MergePage = lazy(() => import('./people/merge-page.js').then((module) => ({ default: module.MergePage })));
const QuickCapturePage = lazy(() =>
  import('./people/quick-capture-page.js').then((module) => ({ default: module.QuickCapturePage })),
);
const SyncPage = lazy(() => import('./offline/sync-page.js').then((module) => ({ default: module.SyncPage })));
const TodayPage = lazy(() => import('./today/today-page.js').then((module) => ({ default: module.TodayPage })));
const GivePage = lazy(() => import('./give/give-page.js').then((module) => ({ default: module.GivePage })));
const ItemPage = lazy(() => import('./give/item-page.js').then((module) => ({ default: module.ItemPage })));
const IntroductionsPage = lazy(() =>
  import('./give/introductions-page.js').then((module) => ({ default: module.IntroductionsPage })),
);
const EventsPage = lazy(() => import('./events/events-page.js').then((module) => ({ default: module.EventsPage })));
const EventPage = lazy(() => import('./events/event-page.js').then((module) => ({ default: module.EventPage })));
const OrganizationsPage = lazy(() =>
  import('./events/organizations-page.js').then((module) => ({ default: module.OrganizationsPage })),
);
const OrganizationPage = lazy(() =>
  import('./events/organizations-page.js').then((module) => ({ default: module.OrganizationPage })),
);
const ImportPage = lazy(() => import('./import/import-page.js').then((module) => ({ default: module.ImportPage })));
const RemindersPage = lazy(() =>
  import('./reminders/reminders-page.js').then((module) => ({ default: module.RemindersPage })),
);
const HealthPage = lazy(() => import('./health/health-page.js').then((module) => ({ default: module.HealthPage })));
const SettingsPage = lazy(() =>
  import('./settings/settings-page.js').then((module) => ({ default: module.SettingsPage })),
);

/** Nobody signed in: the sign-in page, whatever the address (it is kept for after). */
export function App() {
  const me = useMe();
  if (me.isPending) return <p className="muted loading">Loading…</p>;
  if (me.error) return <ErrorMessage error={me.error} />;
  if (!me.data) {
    return (
      <Switch>
        <Route path="/sign-up" component={SignUpPage} />
        <Route component={SignInPage} />
      </Switch>
    );
  }
  return (
    <Layout user={me.data}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Switch>
          <Route path="/">
            <Redirect to="/today" replace />
          </Route>
          <Route path="/sign-up">
            <Redirect to="/today" replace />
          </Route>
          <Route path="/today" component={TodayPage} />
          <Route path="/people" component={PeopleListPage} />
          <Route path="/people/new" component={AddPersonPage} />
          <Route path="/people/merge" component={MergePage} />
          <Route path="/capture" component={QuickCapturePage} />
          <Route path="/events" component={EventsPage} />
          <Route path="/events/:id">{(params) => <EventPage id={params.id} />}</Route>
          <Route path="/organizations" component={OrganizationsPage} />
          <Route path="/organizations/:id">{(params) => <OrganizationPage id={params.id} />}</Route>
          <Route path="/give" component={GivePage} />
          <Route path="/give/introductions" component={IntroductionsPage} />
          <Route path="/give/items/:id">{(params) => <ItemPage id={params.id} />}</Route>
          <Route path="/import" component={ImportPage} />
          <Route path="/reminders" component={RemindersPage} />
          <Route path="/health" component={HealthPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/sync" component={SyncPage} />
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
