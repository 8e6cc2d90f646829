/** One page of every template of the sample site, for checks that must cover them all. */
export const TEMPLATE_PAGES = [
  '/', '/services/', '/services/payments-api/', '/bia/', '/bia/order-intake/', '/plans/', '/plans/datacentre-failover/',
  '/exercises/', '/exercises/ex-2025-09-dc-failover/', '/policies/backup-policy/', '/risks/', '/risks/risk-ransomware/',
  '/teams/database/', '/people/elena-petrova/', '/vendors/paygate/', '/locations/dc-north/', '/guides/', '/guides/roles-in-a-major-incident/',
  '/recovery/', '/scenarios/', '/scenarios/location-dc-north/', '/reviews/', '/gaps/', '/map/', '/a-z/', '/search/', '/data-quality/', '/no-such-page/', '/go-bags/database/', '/print/tier-1-plans/',
];
