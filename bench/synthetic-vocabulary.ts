// Word lists and sentence patterns for synthetic questions (the benchmark's test data).
// Written for this project; `%slot%` marks a place the composer fills from a list or the story.

export const TITLE_VERBS = [
  'Rebuilding', 'Negotiating', 'Untangling', 'Rescuing', 'Steering', 'Scaling', 'Simplifying', 'Recovering',
  'Defending', 'Challenging', 'Mentoring', 'Aligning', 'Unblocking', 'Reviving', 'Containing', 'Prioritizing',
  'Sunsetting', 'Stabilizing', 'Championing', 'Reframing', 'Balancing', 'Shepherding', 'Rethinking', 'Hardening',
  'Consolidating', 'Owning', 'Clarifying', 'Delegating', 'Escalating', 'Measuring', 'Restoring', 'Protecting',
] as const;

export const TITLE_OBJECTS = [
  'Trust', 'a Stalled Roadmap', 'Ownership Boundaries', 'an On-Call Rotation', 'a Legacy Billing System',
  'Cross-Team Dependencies', 'a Hiring Pipeline', 'Release Quality', 'a Vendor Relationship', 'Conflicting Priorities',
  'a Struggling Engineer', 'Technical Debt', 'an Overloaded Team', 'a Platform Bet', 'Executive Expectations',
  'a Data Migration', 'the Incident Process', 'a Shared Service', 'Team Morale', 'a Pricing Change',
  'an Unpopular Decision', 'Quality Standards', 'a Critical Launch', 'Code Review Culture', 'a Reorganized Team',
  'the Product Vision', 'a Customer Escalation', 'an Architecture Decision', 'Delivery Predictability', 'a Failing Experiment',
  'Security Practices', 'a New Hire', 'Scope Creep', 'the Release Train', 'a Partner Integration', 'Cloud Costs',
  'Observability', 'a Design System', 'Accessibility Debt', 'an Analytics Pipeline',
] as const;

export const TITLE_LINKS = ['After', 'During', 'Amid', 'Without', 'Through', 'Despite', 'Across', 'Before'] as const;

export const TITLE_CONTEXTS = [
  'a Failed Launch', 'a Reorganization', 'a Major Outage', 'a Budget Freeze', 'a Platform Migration', 'a Leadership Change',
  'Formal Authority', 'a Hard Deadline', 'Competing Roadmaps', 'a Security Incident', 'an Acquisition', 'Rapid Growth',
  'a Hiring Freeze', 'Public Criticism', 'Unclear Requirements', 'a Vendor Shutdown', 'Peak Season', 'an Audit',
  'Remote Collaboration', 'Time Zone Gaps', 'a Missed Target', 'Shifting Priorities', 'a Key Departure', 'Tight Budgets',
  'Customer Pressure', 'Organizational Silos', 'a Quarter of Firefighting', 'Legacy Constraints', 'a Pivot', 'Low Visibility',
  'Regulatory Change', 'a Rewrite', 'Executive Scrutiny', 'a Merger', 'Conflicting Data', 'a Tight Launch Window',
  'an Unfamiliar Domain', 'Team Turnover', 'a Failed Pilot', 'Open Disagreement',
] as const;

export const PROMPT_OPENINGS = [
  'Tell me about a time you', 'Describe a situation where you', 'Walk me through a moment when you',
  'Give me an example of when you', 'Share an experience where you', 'Talk about a project in which you',
] as const;

export const PROMPT_ACTS = [
  'had to win support for a decision you did not own', 'inherited a project that was already late',
  'disagreed with your manager about priorities', 'made a call with incomplete data',
  'had to deliver bad news to an important stakeholder', 'turned around an underperforming team',
  'found a serious problem in a system you did not build', 'had to say no to an important customer',
  'led a change that people resisted', 'mentored someone through a difficult stretch',
  'recovered from a mistake you made', 'balanced speed against quality under a hard deadline',
  'simplified something everyone else accepted as complex', 'brought two teams with competing goals together',
  'changed your mind after hearing a dissenting view', 'took ownership of a problem between two teams',
  'pushed back on a request from senior leadership', 'raised the engineering bar without slowing delivery',
  'cut scope to protect a launch', 'handled a conflict inside your own team',
] as const;

export const PROMPT_INTROS = [
  'Engineers at this level are expected to lead beyond their own code.',
  'Strong candidates show judgment when the right answer is not obvious.',
  'Every team eventually meets a problem that nobody clearly owns.',
  'Leaders are often measured by how they handle the moments that go wrong.',
  'Influence matters most when you cannot simply assign the work.',
] as const;

export const PROMPT_FOLLOW_UPS = [
  'How did you decide what to do first?', 'What did you do when the first approach failed?',
  'Who did you need on your side, and how did you win them over?', 'What was the measurable outcome?',
  'What would you do differently today?', 'How did the relationship look afterwards?',
  'How did you keep everyone informed along the way?', 'What trade-offs did you accept, and why?',
  'How did you know it had worked?', 'What did the experience change about how you lead?',
] as const;

export const CLARIFYING_PATTERNS = [
  'Should I focus on %option%, or on %option%?',
  'Are you more interested in %option% or %option%?',
  'Would you like an example involving %option%, or one about %option%?',
  'Is the focus on %option%, or on %option%?',
  'Do you want the story from the point of view of %option% or %option%?',
] as const;

export const CLARIFYING_OPTIONS = [
  'a technical disagreement', 'a conflict over priorities', 'a people issue inside my team', 'a cross-team dependency',
  'a customer escalation', 'an executive stakeholder', 'a peer of equal seniority', 'the short-term fix',
  'the long-term process change', 'the outcome for the business', 'how I changed my own approach',
  'a situation where I had formal authority', 'one where I led through influence alone', 'a greenfield project',
  'a legacy system', 'the hiring side', 'the delivery side',
] as const;

export const ASSUMPTION_PATTERNS = [
  'The project involved the %team% and %partner% teams.',
  'I was the %myRole% and had no formal authority over the %partner% team.',
  'The stakes were high: %stake% depended on the outcome.',
  'The timeline was %duration%, fixed by %stake%.',
  'Budget and headcount were fixed for the quarter.',
  'The %system% had been in production for several years with little documentation.',
  'Leadership cared most about %metric% and the launch date.',
] as const;

export const INLINE_ASSUMPTION_PATTERNS = [
  'I will answer with an example from my time as %myRole% on the %team% team, where %stake% was at stake and I had %duration% to act.',
  'I am assuming you want a story about influence rather than authority, so I will describe how I worked with the %partner% team on %codename%.',
  'I will focus on the %system% and on the decision that unblocked it.',
] as const;

export const SIGNAL_TRAITS = [
  'high judgment', 'clear written communication', 'calm escalation', 'ownership beyond scope', 'bias for action',
  'data-driven decision making', '"Disagree and Commit"', 'empathy under pressure', 'long-term thinking',
  'crisp prioritization', 'separating ego from the outcome', 'a coaching instinct', 'stakeholder management',
  'comfort with ambiguity', 'follow-through',
] as const;

export const SIGNAL_GLOSSES = [
  'Taking responsibility for a problem that falls between team boundaries.',
  'Getting buy-in from peers and leaders without being their manager.',
  'Connecting a technical choice to the goal the business actually has.',
  'Turning a heated disagreement into a decision both sides can support.',
  'Raising the skills of the people around you while the work gets done.',
  'Keeping attention on measurable outcomes rather than on activity.',
  'Explaining the trade-off in terms each audience cares about.',
  'Admitting what you got wrong and changing course quickly.',
  'Making progress while the goal is still partly unclear.',
  'Saying no to good ideas so the important one ships.',
] as const;

export const CHEAT_CODES = [
  'Lead with the customer problem, not with your solution.',
  'Show that you listened before you persuaded: name the other side\'s concern in their words.',
  'Quantify the before and after; a number makes the story believable.',
  'Make the trade-off explicit, and say what you gave up.',
  'Keep the focus on "we" for the wins and "I" for the decisions.',
  'End with what changed in the organization, not only in the project.',
  'Use a phrase like "reducing entropy" to show you think about systems, not tasks.',
  'Interviewers at this level listen for judgment; explain why, not only what.',
  'Do not blame the other team; the strongest answers show respect for everyone involved.',
  'A small, fast experiment beats a long argument.',
] as const;

export const SITUATION_PATTERNS = [
  'As the %myRole% on the %team% team, I owned the %system%, which the %partner% team depended on every day.',
  '%Codename% was planned as %duration% of work to replace the %system% before %stake%.',
  'The %partner% team had been blocked for %duration% waiting on changes to the %system%.',
  'Our %metric% had drifted from %number% to %number2% over the previous quarter, and nobody owned the fix.',
  'Leadership wanted %codename% to ship before %stake%, but the plan assumed twice the people we had.',
  'Two senior engineers disagreed about whether to rebuild the %system% or extend it, and the argument had stalled the roadmap.',
  'The %role% of the %partner% team warned that the %system% could not handle the projected %small%x growth.',
  'After a reorganization, the %system% ended up with three partial owners and no clear decision maker.',
  '%Person%, a %role% who had joined a month earlier, was struggling and close to leaving the team.',
  'Customers had filed %number% tickets about the %system% in %duration%, and support was escalating daily.',
  'The root cause kept coming back to %tech%, which nobody on the %team% team felt they owned.',
  'Our largest customer, %customer%, threatened to leave after a third incident in the %system%.',
] as const;

export const TASK_PATTERNS = [
  'My goal was to %goal% without %sacrifice%.',
  'I was responsible for the %system%, but I needed the %partner% team\'s agreement to change anything.',
  'The stakes were clear: if we missed the date, we risked %stake%.',
  'I had %duration% to bring the %metric% back to where it was.',
  'I needed to %goal% while keeping the %team% roadmap on track.',
  'Nobody had asked me to step in, so I had to earn the right to lead before I could %goal%.',
  'My manager asked me to %goal%, and to report progress to the %role% every week.',
  'I had to decide whether to invest in %tech% now or after %stake%.',
] as const;

export const GOALS = [
  'break the deadlock', 'restore trust with the %partner% team', 'cut the %metric% in half', 'ship %codename% on time',
  'find a design both teams could live with', 'get the team back to a sustainable pace', 'retire the %system%',
  'make the incident process predictable', 'give %person% a fair chance to succeed', 'reduce our cloud spend',
] as const;

export const SACRIFICES = [
  'burning out the team', 'slipping the launch', 'lowering the quality bar', 'losing the %partner% team\'s goodwill',
  'adding headcount', 'freezing every other project', 'hiding the risk from leadership',
] as const;

export const ACTION_LABELS = [
  'Listening Before Proposing', 'Data Over Opinion', 'Narrowing the Scope', 'Making Risk Visible', 'A Written Decision',
  'Small Bets First', 'Aligning on Outcomes', 'Building the Coalition', 'Protecting the Team', 'Clear Ownership',
  'Fast Feedback Loops', 'Escalating with Options', 'Teaching by Pairing', 'Setting Guardrails', 'Closing the Loop',
  'Reframing the Problem', 'Quick Prototype', 'Shared Metrics', 'Honest Status Reporting', 'Removing Blockers',
  'Stakeholder Mapping', 'Phased Rollout', 'Cost Modelling', 'Executive Alignment', 'Trade-off Framing',
  'Calm Under Pressure', 'Structured Retrospective', 'Delegating Ownership', 'The "Bridge" Plan', 'Active Listening & Validation',
] as const;

export const ACTION_PATTERNS = [
  'I %verbed% %practice% with the %partner% team so that every concern was on the table.',
  'Instead of arguing in meetings, I %verbed% %practice% and shared it with every %role% involved.',
  'I spent %duration% building %practice% that showed the %metric% would improve by %percent%.',
  'I asked each team to write down its non-negotiables, then %verbed% %practice% around them.',
  'I met %person% one to one every week and agreed on two concrete goals at a time.',
  'I framed the decision around %stake% rather than around whose design was better.',
  'I split %codename% into three phases, so the riskiest part shipped first behind feature flags.',
  'I brought the %role% into the room early, with options rather than a single recommendation.',
  'I %verbed% %practice% and published the results, including the parts that made my proposal look worse.',
  'I took the first on-call shift myself and %verbed% %practice% for the rest of the rotation.',
  'I wrote a short proposal on %tech% and reviewed it with the %partner% team before anyone wrote code.',
  'I visited %customer% with the %role% to hear their problems with the %system% first hand.',
] as const;

export const RESULT_LABELS = [
  'Metric', 'Business Impact', 'Team Health', 'Customer Impact', 'Delivery', 'Cultural Ripple Effect', 'Reliability',
  'Cost', 'Adoption', 'Follow-through',
] as const;

export const RESULT_PATTERNS = [
  'The %metric% improved from %number% to %number2% within %duration%.',
  'We shipped %codename% %small% days ahead of the deadline.',
  '%Practice% became the standard way the %team% and %partner% teams settle disagreements.',
  'The %partner% team agreed to the plan and later asked us to run the same process for their own roadmap.',
  '%Person% was promoted two quarters later and now mentors new hires.',
  'Support tickets about the %system% fell by %percent% in the following quarter.',
  'We protected %stake%, and the %role% cited the project in the quarterly review.',
  'The team\'s on-call pages dropped by %percent%, and nobody left during the following year.',
  'Incidents caused by %tech% stopped entirely after the change.',
  '%Customer% renewed for three more years and became a reference customer.',
] as const;

export const LEARNING_PATTERNS = [
  'I learned that %lesson%.',
  'This experience taught me to %habit%.',
  'Looking back, I would %habit% earlier, before the disagreement hardened.',
  'I realized that %lesson%, and I now say so at the start of every project.',
  'The biggest lesson was that %lesson%.',
] as const;

export const LESSONS = [
  'most technical disagreements are really disagreements about risk',
  'data ends arguments faster than opinions do',
  'leadership often means stepping into a vacuum nobody else wants to fill',
  'people support what they helped to build',
  'a written decision outlives any meeting',
  'clarity about ownership prevents most conflicts',
  'slowing down to listen makes the whole project faster',
  'bad news delivered early is cheaper than bad news delivered late',
] as const;

export const HABITS = [
  'run a small prototype before debating a big design',
  'write the decision record before the kickoff meeting',
  'ask the quietest person in the room for their view first',
  'agree on the success metric before agreeing on the plan',
  'escalate with options instead of with problems',
  'share credit publicly and own mistakes personally',
] as const;

export const SECOND_SENTENCES = [
  'That mattered because the %partner% team had been burned by a similar promise before.',
  'It took longer than planned, but it removed the biggest source of friction.',
  'The %role% later said this was the turning point.',
  'Nobody had measured it before, so the number surprised everyone.',
  'I kept the notes in a shared document so anyone could check my reasoning.',
  'It also gave %person% a visible win early in the project.',
  'We revisited the plan every Friday and adjusted it twice.',
  'This cost us a week, which I explained openly to the %role%.',
  'The %team% team was skeptical at first, and I did not pretend their worries were unfounded.',
  'I checked the numbers twice with the %role% before sharing them more widely.',
  'Progress was slow for the first %duration%, then it compounded.',
  'The hardest part was admitting that my original estimate had been optimistic.',
  'Several people told me privately that they had wanted to raise the same concern.',
  'We kept a running list of open questions and closed one or two every day.',
  'I made sure the quieter engineers on the %partner% team had a real say.',
  'Every decision went into %codename%\'s changelog with the reason behind it.',
] as const;

export const TEAMS = [
  'Checkout', 'Inventory', 'Payments', 'Search', 'Identity', 'Billing', 'Onboarding', 'Notifications', 'Data Platform',
  'Mobile', 'Growth', 'Fulfilment', 'Risk', 'Pricing', 'Support Tools', 'Developer Experience', 'Ledger', 'Catalog',
  'Messaging', 'Analytics', 'Trust and Safety', 'Logistics', 'Storage', 'Networking', 'Compliance', 'Partner Integrations',
  'Recommendations', 'Media', 'Maps', 'Scheduling',
] as const;

export const SYSTEMS = [
  'order pipeline', 'ledger service', 'event bus', 'feature-flag platform', 'reporting warehouse', 'mobile release train',
  'identity provider', 'rate limiter', 'search indexer', 'billing engine', 'notification fan-out', 'deployment pipeline',
  'data lake', 'cache layer', 'API gateway', 'permissions model', 'recommendation model', 'fraud scorer', 'config store',
  'job scheduler', 'CI fleet', 'on-call tooling', 'experiment framework', 'payments router', 'schema registry',
  'sync client', 'audit trail', 'pricing calculator', 'moderation queue', 'image pipeline',
] as const;

export const ROLES = [
  'product manager', 'staff engineer', 'engineering manager', 'director of engineering', 'VP of Engineering',
  'principal architect', 'designer', 'data scientist', 'support lead', 'security reviewer', 'finance partner',
  'site reliability engineer', 'QA lead', 'program manager', 'head of sales', 'customer success manager', 'new hire',
  'tech lead',
] as const;

export const MY_ROLES = ['tech lead', 'senior engineer', 'staff engineer', 'engineering manager', 'principal engineer', 'software engineer'] as const;

export const PEOPLE = [
  'Zoë', 'José', 'Ana', 'Søren', 'Amélie', 'Chidi', 'Priya', 'Mateus', 'Yusuf', 'Ingrid', 'Kenji', 'Oluwaseun', 'Nadia',
  'Björn', 'Camila', 'Dmitri', 'Aisling', 'Tomás', 'Mei', 'Rafael',
] as const;

export const METRICS = [
  'p99 latency', 'error rate', 'conversion rate', 'page load time', 'deploy frequency', 'mean time to recovery', 'churn',
  'ticket backlog', 'cloud spend', 'test flakiness', 'build time', 'onboarding time', 'crash-free session rate',
  'on-call page count', 'lead time for changes', 'customer satisfaction score', 'query time', 'retention',
] as const;

export const DURATIONS = [
  'two days', 'a week', 'three weeks', 'a month', 'six weeks', 'one quarter', 'two sprints', '48 hours', 'ten days',
  'five months',
] as const;

export const STAKES = [
  'a major enterprise renewal', 'a regulatory audit', 'the holiday traffic peak', 'a public launch date',
  'a partner\'s contract', 'the annual planning cycle', 'a security certification', 'the regional expansion',
] as const;

export const PRACTICES = [
  'a written decision record', 'a shared RFC', 'a weekly risk review', 'a blameless postmortem', 'a load test',
  'a pilot with two customers', 'a canary release', 'a dependency map', 'a prototype', 'a cost model',
  'a rollout checklist', 'open office hours', 'a pairing rotation', 'a migration runbook', 'a shadow traffic test',
  'a staged rollout', 'a scorecard', 'a live dashboard', 'a design review', 'a "Tiger Team"',
] as const;

export const PAST_VERBS = [
  'proposed', 'drafted', 'mapped out', 'ran', 'organized', 'scheduled', 'paired on', 'rewrote', 'documented',
  'negotiated', 'automated', 'prototyped', 'reviewed', 'simplified', 'benchmarked', 'facilitated',
] as const;

/** Syllables that make project code names (Kavenris, Tallido…): a long tail of rare words, as real answers have. */
export const CODENAME_PARTS = [
  ['Ka', 'Ve', 'Lo', 'Mi', 'Sor', 'Tal', 'Bri', 'Quo', 'Zen', 'Fa', 'Ru', 'Ost', 'Pel', 'Dra', 'Ny', 'Ce', 'Hal', 'Ix', 'Mo', 'Tre'],
  ['ra', 'ven', 'li', 'do', 'mar', 'si', 'tu', 'ne', 'lo', 'ka', 'bel', 'quin', 'gor', 'te', 'vas', 'mi'],
  ['n', 'ris', 'x', 'to', 'la', 'mere', 'vyn', 'dor', 'sa', 'th'],
] as const;

/**
 * Fragments with characters that mean something in Markdown, MDX or HTML, added now and then
 * so the benchmark also exercises the importer's escaping.
 */
export const MARKUP_FRAGMENTS = [
  ' (p99 <%small%ms)', ' {draft}', ' in R&D', ', which was *not* optional', ' for the snake_case_names', ' in the `retry` loop',
  ' with a <team> placeholder', ' at 50% < 80% of the target', ' [sic]', ' ~ roughly',
] as const;

/** Engineering topics answers turn on; "circuit breaking" is one a reader might search for. */
export const TECH_TERMS = [
  'circuit breaking', 'idempotency keys', 'backpressure', 'sharding', 'the write-ahead log', 'blue-green deployment',
  'consumer lag', 'cold starts', 'connection pooling', 'N+1 queries', 'cache stampedes', 'schema drift', 'clock skew',
  'tail latency', 'retry storms', 'dead-letter queues', 'the service mesh', 'vector search', 'bloom filters',
  'leader election', 'hot partitions', 'memory leaks', 'thread starvation', 'garbage-collection pauses',
  'certificate renewal', 'DNS failover', 'quota limits', 'data residency', 'PII redaction', 'SLO burn rates',
  'error budgets', 'dark launches', 'contract tests', 'snapshot tests', 'mutation testing', 'chaos drills',
  'runbook drift', 'alert fatigue', 'toil', 'monorepo builds', 'dependency upgrades', 'flaky end-to-end tests',
  'mobile app size', 'accessibility audits', 'localization', 'right-to-left layouts', 'offline sync',
  'push notification delivery', 'webhook retries', 'OAuth scopes', 'token rotation', 'the SSO rollout',
  'audit logging', 'pagination bugs', 'time zone handling', 'currency rounding', 'tax rules',
  'invoice reconciliation', 'refund flows', 'fraud thresholds', 'identity verification', 'search relevance',
  'ranking features', 'underpowered A/B tests', 'the feature store', 'model drift', 'label quality', 'ETL backfills',
  'late-arriving events', 'exactly-once delivery', 'partition rebalancing', 'cold storage tiers', 'backup restores',
  'disaster recovery drills', 'capacity planning', 'autoscaling limits', 'spot instance evictions',
  'container image size', 'build caching', 'code ownership rules',
] as const;

/** Customer names are made like code names, with a trade after them (Norvantis Health). */
export const CUSTOMER_TRADES = ['Bank', 'Health', 'Logistics', 'Retail', 'Labs', 'Media', 'Insurance', 'Foods', 'Air', 'Energy'] as const;
