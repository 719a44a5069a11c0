import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { shot, startProduct } from './harness.mjs';

let product;
before(async () => {
  product = await startProduct();
});
after(async () => {
  await product?.stop();
});

test('the app shell renders at /', async () => {
  const page = await product.browser.newPage();
  await page.goto(product.base);
  await page.getByRole('heading', { name: 'Invite your school in' }).waitFor();
  await shot(page, 'home-signed-out');
  await page.close();
});

test('a deep link renders the app, not a 404 (history fallback)', async () => {
  const page = await product.browser.newPage();
  const response = await page.goto(`${product.base}/invite/not-a-real-token`);
  assert.equal(response.status(), 200);
  await page.getByText('This invitation link is not valid').waitFor();
  await shot(page, 'invite-not-found');
  await page.goto(`${product.base}/join`);
  await page.getByRole('heading', { name: 'Join a school' }).waitFor();
  await page.close();
});

test('/healthz is up', async () => {
  const response = await fetch(`${product.base}/healthz`);
  assert.equal(response.status, 200);
  const health = await response.json();
  assert.equal(health.status, 'ok');
  assert.equal(health.pool.waiting, 0);
});

test('an admin creates an invitation; a parent opens the link signed out, signs up and joins', async () => {
  const admin = await product.browser.newContext();
  const page = await admin.newPage();
  await page.goto(`${product.base}/sign-in`);
  await page.getByText('New here').click();
  await page.getByLabel('Your name').fill('Alex Admin');
  await page.getByLabel('Email').fill('alex@example.org');
  await page.locator('input[type=password]').fill('alex-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByLabel('Create a school').fill('Riverside Primary');
  await page.getByRole('button', { name: 'Create school' }).click();
  await page.getByRole('link', { name: /Invites/ }).click();
  await page.getByLabel('Where will you share it?').fill('Parents newsletter');
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const created = page.getByTestId('created-invitation');
  await created.waitFor();
  const link = await created.locator('code').nth(1).textContent();
  await page.getByTestId('invitation-row').first().waitFor();
  await shot(page, 'invites-list');

  const parent = await product.browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await parent.newPage();
  await phone.goto(link);
  await phone.getByRole('heading', { name: 'Riverside Primary' }).waitFor();
  await shot(phone, 'invite-signed-out');
  await phone.getByRole('button', { name: 'Join Riverside Primary' }).click();
  await phone.getByLabel('Your name').fill('Pat Parent');
  await phone.getByLabel('Email').fill('pat@example.org');
  await phone.locator('input[type=password]').fill('pat-password-12');
  await phone.getByRole('button', { name: 'Create account' }).click();
  await phone.getByText('Welcome to Riverside Primary!').waitFor();
  await shot(phone, 'joined');
  assert.equal(await phone.getByRole('link', { name: /Invites/ }).count(), 0);

  await page.reload();
  await page.getByText('1 / ∞').waitFor();
  await admin.close();
  await parent.close();
});
