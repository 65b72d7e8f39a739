// Placeholder while the screen is built.
export function VolunteerListPage() {
  return <main />;
}
