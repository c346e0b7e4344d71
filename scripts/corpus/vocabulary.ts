/**
 * Word lists for synthetic occupations: title parts, employers, places,
 * schools, skills. Plain data, no logic. Title words avoid the article
 * section names ("Skills", "Duties", "Requirements", …) and the words the
 * comparison-page sentences hinge on ("takes", "requires", "and a"), so the
 * generated pages exercise the parsers' real quirks rather than ambiguities
 * no scraped page has.
 */

/** Work areas: the first part of most titles ("Order Processing" Specialist). */
export const FIELDS = [
  'Customer Service', 'Customer Relations', 'Order Processing', 'Collections', 'Accounts Payable',
  'Accounts Receivable', 'Payroll', 'Claims', 'Logistics', 'Warehouse', 'Inventory Control',
  'Procurement', 'Purchasing', 'Quality Assurance', 'Quality Control', 'Compliance', 'Risk Management',
  'Marketing', 'Digital Marketing', 'Social Media', 'Public Relations', 'Human Resources', 'Recruiting',
  'Benefits', 'Patient Care', 'Pharmacy', 'Dental', 'Veterinary', 'Radiology', 'Laboratory',
  'Medical Billing', 'Health Information', 'Network', 'Database', 'Software', 'Help Desk', 'IT Support',
  'Cloud Infrastructure', 'Cybersecurity', 'Data', 'Business Intelligence', 'Construction', 'HVAC',
  'Electrical', 'Plumbing', 'Landscaping', 'Facilities', 'Maintenance', 'Culinary', 'Food Service',
  'Hospitality', 'Front Desk', 'Event', 'Real Estate', 'Mortgage', 'Loan', 'Insurance', 'Underwriting',
  'Tax', 'Audit', 'Legal', 'Litigation', 'Contracts', 'Retail', 'Merchandising', 'Store', 'Sales',
  'Inside Sales', 'Field Service', 'Fleet', 'Transportation', 'Dispatch', 'Manufacturing', 'Production',
  'Assembly', 'Machine Shop', 'Welding', 'Environmental', 'Workplace Safety', 'Research',
  'Clinical Research', 'Grants', 'Program', 'Childcare', 'Library', 'Records', 'Document Control',
  'Reservations', 'Travel', 'Banking', 'Treasury', 'Investment', 'Wealth Management', 'Credit',
  'Fraud Prevention', 'Billing', 'Supply Chain', 'E-Commerce', 'Café', 'Pâtisserie', 'Résumé',
  'Vendor Management', 'Account', 'Branch', 'Call Center', 'Catering', 'Security', 'Property',
  'Leasing', 'Energy', 'Solar', 'Telecommunications', 'Broadcast', 'Editorial', 'Graphic Design',
  'Web', 'Mobile', 'Game', 'Museum', 'Archives', 'Aviation', 'Marine', 'Rail', 'Mining', 'Forestry',
  'Agriculture', 'Horticulture', 'Nutrition', 'Fitness', 'Rehabilitation', 'Behavioral Health',
  'Home Health', 'Hospice', 'Surgical', 'Emergency', 'Nursing', 'Optical', 'Audiology', 'Sterile Processing',
] as const;

/** The role noun that ends most titles. */
export const ROLES = [
  'Specialist', 'Representative', 'Coordinator', 'Manager', 'Supervisor', 'Technician', 'Analyst',
  'Clerk', 'Assistant', 'Agent', 'Officer', 'Consultant', 'Administrator', 'Associate', 'Engineer',
  'Planner', 'Inspector', 'Advisor', 'Director', 'Operator', 'Processor', 'Scheduler', 'Dispatcher',
  'Estimator', 'Auditor', 'Trainer', 'Liaison', 'Examiner', 'Adjuster', 'Buyer', 'Designer',
  'Developer', 'Architect', 'Instructor', 'Aide', 'Attendant', 'Secretary', 'Strategist', 'Recruiter',
  'Writer', 'Editor', 'Mechanic', 'Installer', 'Courier', 'Cashier', 'Host', 'Steward', 'Tester',
] as const;

/** Seniority and other prefixes ("Lead" Customer Service Representative). */
export const MODIFIERS = [
  'Senior', 'Lead', 'Junior', 'Assistant', 'Associate', 'Chief', 'Staff', 'Principal', 'Regional',
  'Entry Level', 'Night Shift', 'Bilingual', 'Remote', 'Certified', 'Licensed', 'Corporate', 'Traveling',
  'Head', 'Deputy', 'Trainee',
] as const;

/** Specialties written after a comma ("Registered Nurse, Pediatrics"). */
export const SPECIALTIES = [
  'Pediatrics', 'Oncology', 'Commercial Lines', 'Personal Lines', 'Enterprise Accounts', 'Public Sector',
  'Small Business', 'Inpatient', 'Outpatient', 'Residential', 'Commercial', 'West Region', 'Northeast',
  'Second Shift', 'Level II', 'Level III', 'Government Contracts', 'Healthcare', 'Wholesale', 'Key Accounts',
  'Nights', 'Weekends', 'Field Operations', 'Internal Controls', 'Mergers', 'Cardiology', 'Orthopedics',
] as const;

export const COMPANIES = [
  'Schneider Electric Industrial Services', 'Dell', 'Deloitte', 'IBM', 'University of California',
  'Kaiser Permanente', 'Johnson & Johnson', 'Lockheed Martin', 'Wells Fargo', 'Target', 'Costco',
  'Procter & Gamble', 'Northrop Grumman', 'Genentech', 'Salesforce', 'Accenture', 'Pfizer', 'Boeing',
  'Chevron', 'Intel', 'Cisco', 'Oracle', 'Capital One', 'Humana', 'UnitedHealth Group', 'Aetna',
  'FedEx', 'UPS', 'Walgreens', 'CVS Health', 'Marriott International', 'Hilton', 'Amgen', 'Medtronic',
  'General Dynamics', 'State Farm', 'Allstate', 'Progressive', 'Mayo Clinic', 'Cleveland Clinic',
  'Raytheon', 'Honeywell', 'Siemens', 'Stryker', 'Nordstrom', 'Whole Foods Market', 'Sysco', 'Cintas',
] as const;

/** Highest paying cities as the site writes them ("Mahwah, NJ"). */
export const CITIES = [
  'Mahwah, NJ', 'Boston, MA', 'Columbia, MD', 'Goldsboro, NC', 'Danvers, MA', 'San Jose, CA',
  'Seattle, WA', 'Austin, TX', 'Denver, CO', 'Hartford, CT', 'Newark, NJ', 'Arlington, VA',
  'Minneapolis, MN', 'Portland, OR', 'Sacramento, CA', 'Anchorage, AK', 'Honolulu, HI', 'Madison, WI',
  'Raleigh, NC', 'Chicago, IL', 'New York, NY', 'Stamford, CT', 'Bellevue, WA', 'Oakland, CA',
  'Trenton, NJ', 'Providence, RI', 'Burlington, VT', 'Juneau, AK', 'Reno, NV', 'Albany, NY',
] as const;

export const STATES = [
  'Rhode Island', 'Massachusetts', 'New York', 'Virginia', 'California', 'Washington', 'New Jersey',
  'Connecticut', 'Maryland', 'Alaska', 'Hawaii', 'Oregon', 'Minnesota', 'Colorado', 'Illinois',
  'Delaware', 'New Hampshire', 'Vermont', 'Nevada', 'Texas', 'North Dakota', 'Wyoming', 'Arizona',
] as const;

export const INDUSTRIES = [
  'Health Care', 'Finance', 'Automotive', 'Insurance', 'Technology', 'Manufacturing', 'Retail',
  'Government', 'Education', 'Energy', 'Telecommunication', 'Hospitality', 'Transportation',
  'Pharmaceutical', 'Media', 'Construction', 'Professional', 'Non Profits', 'Utilities', 'Real Estate',
] as const;

export const DEGREES = [
  "Bachelor's Degree", "Associate Degree", 'High School Diploma', "Master's Degree", 'Certificate', 'Doctoral Degree',
] as const;

export const MAJORS = [
  'Business', 'Nursing', 'Accounting', 'Psychology', 'Computer Science', 'Communication', 'Finance',
  'Marketing', 'Criminal Justice', 'Biology', 'Mechanical Engineering', 'Electrical Engineering',
  'Information Technology', 'Health Care Administration', 'Graphic Design', 'Culinary Arts',
  'Political Science', 'General Studies', 'Economics', 'Hospitality Management', 'Liberal Arts',
] as const;

export const COLLEGES = [
  'University of Phoenix', 'Arizona State University', 'Penn State', 'University of Central Florida',
  'Texas A&M University', 'Ohio State University', 'University of Michigan', 'Purdue University',
  'Rutgers University', 'University of Florida', 'Indiana University', 'University of Washington',
] as const;

/** Race groups in the order the site lists them. */
export const RACE_GROUPS = [
  'Black or African American', 'Unknown', 'Hispanic or Latino', 'Asian', 'White', 'American Indian and Alaska Native',
] as const;

/** Comparison-page skills: lower case, as the intro prose lists them. Some contain "and". */
export const PROSE_SKILLS = [
  'customer service', 'data entry', 'purchase orders', 'strong customer service', 'cleanliness',
  'customer relations', 'work ethic', 'cash handling', 'inventory control', 'payment arrangements',
  'patient care', 'scheduling', 'microsoft excel', 'sales goals', 'quality control', 'payroll',
  'accounts payable', 'general ledger', 'hipaa', 'cpr', 'sql', 'java', 'python', 'project management',
  'customer satisfaction', 'troubleshooting', 'preventive maintenance', 'safety standards',
  'shipping and receiving', 'food safety', 'medical terminology', 'crm', 'cold calling',
  'logistics', 'forklift', 'blueprints', 'hand tools', 'osha', 'account management', 'process improvement',
  'data analysis', 'financial statements', 'vendor relations', 'budget management', 'social media',
  'collections', 'debt collection', 'insurance claims', 'billing and coding', 'phone calls',
  'conflict resolution', 'strong communication', 'problem solving', 'inventory management', 'pos',
  'supply chain', 'order entry', 'sap', 'compliance', 'risk assessment', 'quality assurance',
  'lesson plans', 'child care', 'dispatching', 'route planning', 'cdl', 'welding', 'hvac', 'plumbing',
  'electrical systems', 'network security', 'cloud computing', 'linux', 'technical support', 'help desk',
  'grant writing', 'fundraising', 'event planning', 'guest service', 'front desk', 'reservations',
  'food preparation', 'menu planning', 'merchandising', 'visual merchandising', 'loss prevention',
  'underwriting', 'loan origination', 'mortgage', 'tax returns', 'audit procedures', 'legal research',
  'contract management', 'litigation support', 'records management', 'document control', 'cad',
] as const;

/** Career-guide skills: a title-case name and the description that follows it. */
export const ARTICLE_SKILLS: readonly { name: string; description: string }[] = [
  { name: 'Inventory Management', description: 'Tracking and updating stock levels with precision keeps work moving and prevents delays. Forecasting demand helps avoid both overstock and shortages.' },
  { name: 'Customer Service', description: 'Communicating clearly and empathizing with customers keeps transactions smooth and relationships positive. Timely issue resolution builds loyalty.' },
  { name: 'Data Analysis', description: 'Reading historical records to spot patterns makes it possible to plan ahead. The same habit supports better decisions across the team.' },
  { name: 'Attention to Detail', description: 'Catching small discrepancies before they become large problems protects quality. Careful checking reduces rework and complaints.' },
  { name: 'Time Management', description: 'Balancing competing deadlines means deciding what matters most each day. Good planning keeps the whole schedule on track.' },
  { name: 'Regulatory Compliance', description: 'Knowing the rules that govern the work keeps the employer out of trouble. Staying current with changes is part of the job.' },
  { name: 'Technical Documentation', description: 'Writing clear records and procedures lets others repeat the work reliably. Good documentation shortens training for new colleagues.' },
  { name: 'Problem Solving', description: 'Breaking a complex issue into parts leads to practical fixes. Calm analysis under pressure is valued by every team.' },
  { name: 'Team Leadership', description: 'Guiding colleagues toward shared goals requires clear direction and fair feedback. Strong leaders also develop the people they manage.' },
  { name: 'Software Proficiency', description: 'Using the specialized systems of the trade well saves hours every week. Learning new tools quickly is a lasting advantage.' },
  { name: 'Negotiation', description: 'Reaching agreements that work for both sides protects margins and relationships. Preparation and listening matter more than pressure.' },
  { name: 'Safety Awareness', description: 'Following safety procedures protects colleagues, customers and equipment. Spotting hazards early prevents costly incidents.' },
  { name: 'Budgeting', description: 'Planning and tracking spending keeps projects within their limits. Clear reports help managers make informed choices.' },
  { name: 'Scheduling', description: 'Coordinating people, equipment and deadlines keeps operations running smoothly. Flexibility helps when plans change at short notice.' },
  { name: 'Quality Control Checks', description: 'Examining work before it leaves the desk ensures it meets standards. Consistent checks minimize returns and complaints.' },
  { name: 'Written Communication', description: 'Clear emails, reports and notes prevent misunderstandings. Readers act faster when the message is short and precise.' },
  { name: 'Vendor Relations', description: 'Working well with suppliers secures better terms and faster service. Reliable partners make the whole operation more resilient.' },
  { name: 'Shipping and Receiving Coordination', description: 'Managing the flow of goods requires careful coordination of schedules and deadlines. Good coordination minimizes delays.' },
  { name: 'Conflict Resolution', description: 'Settling disagreements calmly keeps teams and customers working together. Fair solutions prevent the same dispute from returning.' },
  { name: 'Process Improvement', description: 'Finding and removing wasted steps makes work faster and cheaper. Small improvements add up over a year.' },
];
