import { OccupationList } from '@/components/occupations/occupation-list';
import { getAllOccupations } from '@/lib/occupations';

export default function HomePage() {
  const occupations = getAllOccupations();
  return (
    <>
      <h1>Compare careers side by side</h1>
      <p className="lede">Salary, skills, education and outlook for {occupations.length} occupations.</p>
      <OccupationList occupations={occupations} />
    </>
  );
}
