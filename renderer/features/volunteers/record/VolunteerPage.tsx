// Placeholder while the screen is built.
export function VolunteerPage() {
  return <main />;
}
