import { plural, roleInText, roleLabel, statusLabel } from './labels';

describe('labels', () => {
  it('names a role on its own and inside a sentence', () => {
    expect(roleLabel('TEACHER')).toBe('Teacher');
    expect(roleInText('TEACHER')).toBe('teacher');
    expect(roleInText(null)).toBe('');
  });

  it('names each invitation status', () => {
    expect(statusLabel('ACTIVE')).toBe('Active');
    expect(statusLabel('USED_UP')).toBe('Used up');
  });

  it('counts with the noun in the right number', () => {
    expect(plural(1, 'member')).toBe('1 member');
    expect(plural(0, 'member')).toBe('0 members');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});
