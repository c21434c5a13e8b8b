package focusarea

import "github.com/bilateral-go/bilateral"

// vocabulary is the one table of built-in focus areas. It drives look-up,
// default titles and the JSON Schema.
var vocabulary = []bilateral.Definition[Key]{
	define(Trade, "Trade", "Comercio", "Commerce",
		"Trade in goods and services between the parties: tariffs, customs and market access."),
	define(Security, "Security", "Seguridad", "Sécurité",
		"Public safety and the fight against organized crime and trafficking."),
	define(Environment, "Environment", "Medio ambiente", "Environnement",
		"Pollution, climate adaptation and the care of shared natural resources."),
	define(Energy, "Energy", "Energía", "Énergie",
		"Energy supply and energy security, renewable energy included."),
	define(Culture, "Culture", "Cultura", "Culture",
		"Cultural exchange and cooperation between the parties' institutions."),
	define(Education, "Education", "Educación", "Éducation",
		"Academic exchange, scholarships and cooperation between schools and universities."),
	define(BorderManagement, "Border management", "Gestión fronteriza", "Gestion des frontières",
		"Ports of entry, crossings and the management of the shared border."),
	define(EconomicGrowth, "Economic growth", "Crecimiento económico", "Croissance économique",
		"Investment, jobs and economic development."),
	define(Cybersecurity, "Cybersecurity", "Ciberseguridad", "Cybersécurité",
		"Defence of networks and critical infrastructure against digital threats."),
	define(Infrastructure, "Infrastructure", "Infraestructura", "Infrastructures",
		"Transport, logistics and other infrastructure that both parties use."),
	define(Immigration, "Immigration", "Migración", "Migration",
		"Migration, its legal pathways and the protection of migrants."),
	define(PublicHealth, "Public health", "Salud pública", "Santé publique",
		"The health of the population, disease prevention and health systems."),
	define(Water, "Water", "Agua", "Eau",
		"The management and conservation of shared water resources."),
}

func define(k Key, en, es, fr, description string) bilateral.Definition[Key] {
	return bilateral.Definition[Key]{
		Value:       k,
		Title:       bilateral.Translated(map[string]string{"en": en, "es": es, "fr": fr}),
		Description: bilateral.PlainText(description),
	}
}
