/**
 * The professional vocabulary the matcher knows, as data: each line is one concept, its
 * canonical name first, then synonyms and abbreviations (comma-separated); after `>`,
 * related concepts (by canonical name), which match at a discount. A name marked `~` is
 * ambiguous (a word that names this concept in one field and something else in another:
 * "grid", "delivery", "culture"): it counts for the concept only where the same text also
 * names the concept otherwise, or a related one. Curated by hand; grow it where a field
 * keeps missing obvious matches (`vocabulary.test.ts` checks every related name exists).
 */
export const VOCABULARY = `
# data and software
machine learning, ml, statistical learning, predictive modelling, predictive modeling > artificial intelligence; data science; deep learning; mlops
artificial intelligence, ai, genai, generative ai > machine learning; large language models
deep learning, neural networks, neural network > machine learning; computer vision; natural language processing
large language models, llm, llms, large language model, gpt > natural language processing; artificial intelligence; deep learning
natural language processing, nlp, text mining, computational linguistics > large language models; machine learning
computer vision, image recognition, cv models > deep learning
mlops, ml ops, model deployment, ml platform, model serving > machine learning; devops; data engineering
model evaluation, llm evaluation, evals, model evaluations, benchmarking models > machine learning; large language models
data science, data scientist, data scientists > machine learning; statistics; analytics
data engineering, data engineer, data engineers, data pipelines, data pipeline, etl, elt > stream processing; data contracts; data warehousing; sql
stream processing, streaming data, real-time data, event streaming, kafka, flink, spark streaming > data engineering; event-driven architecture
data contracts, data contract, schema evolution, schema registry > data engineering; data governance
data governance, data quality, data catalog, data lineage > data contracts; data privacy
data warehousing, data warehouse, snowflake, bigquery, redshift, lakehouse, dbt > data engineering; sql; analytics
analytics, data analysis, data analyst, data analytics, business intelligence, bi, tableau, power bi > sql; data science; statistics
sql, postgresql, postgres, mysql, relational databases > data engineering; analytics
statistics, statistical analysis, statistician, econometrics > data science; analytics
python, pandas, python programming > data engineering; data science
kubernetes, k8s, container orchestration, helm > containers; platform engineering; devops; cloud infrastructure
containers, docker, containerization > kubernetes; devops
platform engineering, platform engineer, internal developer platform, developer platform > kubernetes; devops; site reliability engineering
devops, ci/cd, continuous delivery, continuous integration, infrastructure as code, terraform > platform engineering; site reliability engineering; cloud infrastructure
site reliability engineering, sre, observability, monitoring, incident response, on-call > devops; platform engineering
cloud infrastructure, cloud computing, aws, azure, gcp, google cloud, cloud > kubernetes; devops; cloud cost optimization
cloud cost optimization, finops, cloud costs, cloud spend, cloud cost > cloud infrastructure; kubernetes
event-driven architecture, event sourcing, microservices, distributed systems > stream processing; software architecture
software architecture, system design, ~architecture > event-driven architecture; software engineering
software engineering, software engineer, software engineers, software development, programming > software architecture; engineering leadership
frontend development, frontend, front-end, react, javascript, typescript, web development > software engineering; ux design
engineering leadership, engineering management, engineering manager, cto, vp engineering, engineering leaders > software engineering; remote teams; mentoring
cybersecurity, ~security, infosec, information security, application security, penetration testing > data privacy; compliance
# product and design
product management, product manager, product managers, product owner, product strategy, roadmap > ux design; user research; growth
ux design, user experience, ux, ui design, interaction design, product design, product designer, design systems > user research; frontend development; product management
user research, ux research, usability testing, user interviews > ux design; product management
# supply chain and operations
supply chain, supply chain management, scm, supply chains > logistics; procurement; demand planning; inventory management
logistics, freight, transportation, ~shipping, ~distribution, third-party logistics, 3pl > supply chain; warehousing; last-mile delivery
warehousing, warehouse, warehouses, distribution centre, distribution center, distribution centres, fulfillment, fulfilment > logistics; warehouse automation; inventory management
warehouse automation, robotic picking, autonomous mobile robots, amr, goods-to-person, warehouse robotics > warehousing; robotics; automation
robotics, robots, robot > warehouse automation; automation; manufacturing
automation, industrial automation, process automation > robotics; warehouse automation
demand planning, demand planner, demand planners, forecasting, demand forecasting, sales forecasting, forecast, forecasts > supply chain; inventory management; statistics; sales and operations planning
sales and operations planning, s&op, integrated business planning > demand planning; supply chain
inventory management, inventory, stock control, inventory optimization, ~slotting > warehousing; demand planning
procurement, purchasing, sourcing, strategic sourcing, category management, category manager, ~buyer, vendor management, supplier management > supply chain; negotiation
last-mile delivery, last mile, ~delivery, parcel delivery, home delivery > logistics
lean manufacturing, ~lean, six sigma, continuous improvement, kaizen, operational excellence > manufacturing; operations
manufacturing, factory, factories, plant operations > lean manufacturing; robotics; operations
operations, operations management, ops, coo, chief operating officer > supply chain; lean manufacturing
# finance
accounting, accountant, bookkeeping, financial reporting, ifrs, gaap, audit, auditing > finance
finance, corporate finance, cfo, chief financial officer, financial planning, fp&a, treasury > accounting; investing
investing, investment, venture capital, vc, private equity, fundraising, investors, angel investing > finance; startups
fintech, financial technology, payments, digital payments, payment processing, neobank, open banking > finance; fraud detection; banking
banking, bank, banks, retail banking, lending, credit risk > fintech; finance; risk management
fraud detection, fraud prevention, anti-fraud, fraud, anti-money laundering, aml, kyc > fintech; machine learning; risk management; compliance
risk management, ~risk, enterprise risk, actuarial, actuary, underwriting > insurance; compliance; banking
insurance, insurtech, ~claims, reinsurance > risk management
# sustainability and energy
sustainability, esg, corporate sustainability, sustainability reporting, csrd > carbon accounting; climate; renewable energy
carbon accounting, carbon emissions, emissions, scope 3, greenhouse gas, ghg, net zero, decarbonization, decarbonisation > sustainability; climate
climate, climate change, climate tech, climatetech > sustainability; renewable energy; carbon accounting
renewable energy, renewables, solar, solar power, wind power, wind energy, clean energy > energy storage; power grid; climate
energy storage, battery storage, batteries, battery, grid-scale storage > renewable energy; power grid; electric vehicles
power grid, ~grid, electricity grid, utilities, utility, transmission > renewable energy; energy storage
electric vehicles, ev, evs, ev charging, electrification > energy storage; renewable energy
# marketing, sales, people
marketing, digital marketing, brand marketing, marketing strategy, cmo > growth; content marketing; brand
growth, growth marketing, demand generation, lead generation, performance marketing, acquisition > marketing; product management
content marketing, content strategy, copywriting, seo, search engine optimization > marketing; writing
brand, branding, brand strategy > marketing
sales, b2b sales, account executive, business development, enterprise sales, sales leadership > marketing; partnerships
partnerships, alliances, channel partnerships > sales
saas, b2b saas, software as a service > startups; product management
startups, startup, founders, founder, early-stage, entrepreneurship, entrepreneur > investing; saas
recruiting, recruiter, recruiters, recruitment, talent acquisition, headhunting, sourcing candidates, tech recruiting > human resources
human resources, hr, people operations, people ops, hr business partner, chro > recruiting; compensation; employee engagement
employee engagement, burnout, wellbeing, well-being, ~retention, employee retention, staff turnover, ~turnover, attrition, keeping staff > human resources; remote teams
compensation, compensation and benefits, pay equity, total rewards > human resources
remote teams, remote work, distributed teams, hybrid work, remote-first > engineering leadership; employee engagement
mentoring, mentorship, mentor, coaching, career coaching > engineering leadership
public speaking, speaking, speakers, speaker, keynote, conference talks > events
events, event planning, conferences, conference, trade shows, trade show, meetups > public speaking
writing, blogging, newsletter, journalism > content marketing
negotiation, negotiating > procurement; sales
# healthcare and life sciences
healthcare, health care, hospital, hospitals, health system, clinics, nhs > nursing; digital health; clinical research
nursing, nurses, nurse, nurse staffing, ~staffing, workforce planning, shift scheduling, rostering > healthcare; scheduling
scheduling, shift planning, rota, workforce management > nursing; operations
digital health, health tech, healthtech, telemedicine, telehealth, ehr, electronic health records > healthcare
clinical research, clinical trials, clinical trial, clinical data management, clinical data, cro > healthcare; biostatistics; regulatory affairs
biostatistics, biostatistician, clinical statistics > statistics; clinical research
regulatory affairs, regulatory, fda, ema, regulatory submissions > clinical research; compliance
pharma, pharmaceutical, pharmaceuticals, biotech, biotechnology, drug discovery, life sciences > clinical research; healthcare
laboratory science, laboratory, laboratories, lab scientist, lab scientists, lab work, cell culture, cell cultures, cell lines, cell line, assay development > pharma; clinical research
# legal and compliance
data privacy, privacy, gdpr, data protection, dpo, ccpa > compliance; cybersecurity; legal
compliance, regulatory compliance, governance risk and compliance, grc > legal; data privacy; risk management
legal, law, lawyer, lawyers, attorney, counsel, general counsel, legal ops, contracts law > compliance; data privacy
# education
education, teaching, teachers, teacher, schools, school, classroom, k-12, teaching assistants, teaching assistant > edtech; learning and development
edtech, education technology, adaptive learning, learning platforms, e-learning, elearning, online learning, online courses > education; learning and development
learning and development, l&d, training, upskilling, reskilling, corporate training > education; human resources
higher education, university, universities, academia, lecturer, professor > education
# retail and consumer
retail, retailer, retailers, ecommerce, e-commerce, online retail, omnichannel, merchandising > supply chain; marketing
# construction and the trades
construction, building construction, residential construction, commercial construction, general contractor, contractors, building sites, building site, construction sites, construction site > construction management; site safety; trades; housing
construction management, construction project management, construction project manager, site manager, site management, construction manager, subcontractors, subcontractor > construction; site safety; scheduling
site safety, construction safety, health and safety, safety briefings, safety certificate, ppe, osha > construction; compliance
trades, tradespeople, tradesperson, electrician, electricians, electrical contractor, plumber, plumbers, plumbing, stonemason, stonemasons, masonry, carpenter, carpentry, joinery, welder, welding > apprenticeships; building services; construction
apprenticeships, apprenticeship, apprentice, apprentices, trainee electricians, trainees, vocational training, vocational education, vocational college, training provider > trades; learning and development; education
building services, hvac, hvac engineers, hvac engineer, heating ventilation and air conditioning, heating and cooling, air conditioning, ventilation, boiler, boilers, gas boilers > heat pumps; facilities management; trades
heat pumps, heat pump, air-source heat pumps, air-source heat pump, ground-source heat pump > building services; energy efficiency; renewable energy
facilities management, facilities manager, facilities teams, facilities team, building maintenance, estates management > building services; energy efficiency
energy efficiency, insulation, insulated, retrofit, retrofits, home insulation, energy use in buildings, heating bill, heating bills, energy costs, energy bills, energy grants > heat pumps; sustainability; facilities management
# energy beyond renewables
oil and gas, petroleum, ~upstream, midstream, refinery, ~refining, ~drilling, drilling engineer, well design, offshore drilling > pipeline integrity; energy transition; geothermal
pipeline integrity, pipeline inspection, inline inspection, corrosion, corrosion monitoring, cathodic protection, integrity engineers, integrity engineer > oil and gas
geothermal, geothermal energy, geothermal drilling > renewable energy; oil and gas
energy transition, hydrogen, green hydrogen, carbon capture, ccs > renewable energy; oil and gas; climate
offshore wind, wind farm, wind farms, wind turbines, turbines, turbine maintenance > renewable energy
# hospitality, food and drink
hospitality, hotel, hotels, hotelier, hospitality management, guest experience, front desk, ~housekeeping, housekeepers, room attendants > restaurants; revenue management; recruiting
restaurants, restaurant, dining, front of house, waiting staff, waiters, waiter, table service, table reservations > hospitality; culinary; wine
culinary, chef, chefs, head chef, sous chef, cooking, kitchen, kitchens, kitchen brigade, ~brigade, ~menus, seasonal menu, seasonal menus, culinary arts, knife skills > restaurants; food safety; baking
baking, bakery, bakeries, baker, bakers, bread, sourdough, pastry, patisserie, flour > culinary; food manufacturing
wine, wines, sommelier, sommeliers, wine list, wine lists, natural wines, by-the-glass, winemaking > restaurants; beverages
beverages, drinks, spirits, brewing, brewery, coffee, barista > hospitality; wine
food safety, haccp, allergens, allergen, allergen control, allergen labelling, food hygiene, cross-contact > food manufacturing; restaurants; compliance
food manufacturing, food production, food processing, food manufacturers, food businesses > food safety; manufacturing; supply chain
revenue management, yield management, room rates > hospitality
# health care beyond hospitals
primary care, general practice, general practitioner, family doctor, family doctors, family medicine, gp practice, consultation notes, consultation note > healthcare; digital health
midwifery, midwife, midwives, ~maternity, labour and delivery, obstetrics, postnatal care, antenatal care > healthcare; nursing
dentistry, dental, dentist, dental hygienist, oral health, gum disease > healthcare
# public sector
public sector, government, local government, ~council, ~councils, local authority, local authorities, civil service, ministry, public administration > public procurement; public policy
public procurement, public tenders, public contracts, government contracts, ~tender, ~tenders, tendering, social value > procurement; public sector
public policy, policy advisor, policy making, housing policy, planning reform, policy analyst > public sector; housing
policing, police, police officer, community policing, law enforcement > public sector
housing, affordable housing, social housing, residential building > public policy; construction
# finance beyond banking
tax, taxation, vat, tax advisor, tax planning, corporate tax, small business tax > accounting
wealth management, wealth manager, retirement planning, pensions, pension, financial advisor > investing; finance
private credit, direct lending, private debt, credit fund, private credit fund > investing; banking
# people and pay
payroll, wages, holiday pay, holiday entitlement, annual leave, leave year, payslips > compensation; human resources
onboarding, employee onboarding, new hires, new hire, new starters, ~induction > human resources; employee engagement; recruiting
company culture, ~culture, organisational culture, organizational culture, workplace culture > employee engagement; human resources
early years, early reading, phonics, reception classes, reception class, primary school, primary schools, literacy > education

`;
