package review

import (
	"strings"

	"github.com/cartero/cartero/internal/fold"
)

// givenNames returns common given names in Spain, Latin America, the
// English-speaking countries, Brazil and Portugal, folded. A signature
// line that starts with one is a person's, even when the surname looks
// like a company's ("Rosa Flores").
func givenNames() map[string]bool {
	m := make(map[string]bool, 600)
	for _, n := range strings.Fields(givenNameList) {
		m[fold.String(n)] = true
	}
	return m
}

const givenNameList = `
Adrián Agustín Alba Alberto Alejandra Alejandro Alicia Álvaro Amparo Ana Andrea Andrés Ángel Ángela Antonia Antonio
Ariadna Armando Arturo Aurora Beatriz Belén Benjamín Blanca Bruno Camila Carla Carlos Carmen Carolina Catalina Cecilia
Claudia Concepción Consuelo Cristian Cristina Daniel Daniela David Diana Diego Dolores Eduardo Elena Elisa Emilia
Emilio Enrique Esperanza Esteban Eva Federico Felipe Fernanda Fernando Francisca Francisco Gabriel Gabriela Gerardo
Gloria Gonzalo Gregorio Guadalupe Guillermo Gustavo Héctor Hugo Ignacio Inés Irene Isabel Ismael Iván Jaime Javier
Jesús Jimena Joaquín Jordi Jorge José Josefa Juan Juana Julia Julián Julio Laura Leticia Lorena Lorenzo Lucas Lucía
Luis Luisa Manuel Manuela Marcela Marcos Margarita María Mariana Mario Marisol Marta Martín Martina Mateo Matías Mercedes
Miguel Mónica Natalia Nicolás Nerea Noelia Nuria Óscar Pablo Paloma Patricia Paula Pedro Pilar Rafael Ramiro Ramón
Raquel Raúl Rebeca Ricardo Roberto Rocío Rodrigo Rosa Rosario Rubén Salvador Samuel Sandra Santiago Sara Sergio Silvia
Sofía Soledad Susana Teresa Tomás Valentina Valeria Vanesa Verónica Vicente Víctor Virginia Ximena Yolanda
Abigail Adam Alex Alexander Alice Alison Amanda Amber Amelia Amy Andrew Angela Anna Anthony Ashley Ben Benjamin Beth
Brian Bruce Caroline Catherine Charles Charlie Charlotte Chloe Chris Christine Christopher Claire Daisy Dan Danielle
Dave Deborah Dennis Donna Dylan Edward Eleanor Elizabeth Ella Emily Emma Eric Ethan Evelyn Frank Gary George Grace
Hannah Harry Heather Helen Henry Isaac Isabella Jack Jacob James Jane Jason Jeff Jennifer Jenny Jessica Jim Joan Joe
John Jonathan Joseph Josh Joshua Joy Judith Julie Justin Karen Kate Katherine Kathy Kelly Kevin Kim Laura Lauren Leo
Liam Lily Linda Lisa Liz Louise Lucy Luke Mark Mary Matt Matthew Megan Melissa Michael Michelle Mike Mia Nancy Natalie
Nathan Nick Nicole Noah Oliver Olivia Owen Pam Patrick Paul Peter Philip Rachel Rebecca Richard Rob Robert Ruth Ryan
Sally Sam Samantha Sarah Scott Sean Sophie Stephanie Stephen Steve Steven Susan Tess Thomas Tim Timothy Tom Tony Tracy
Victoria Will William Zoe Priya Raj Aisha Omar Ahmed Fatima Mohammed Wei Mei Yuki Hiro Kenji
Adriana Afonso Alessandra Alice Aline Amélia Ana Antônio António Beatriz Bernardo Bianca Bruna Caio Camila Carla
Carolina Catarina Cláudia Cristiano Daniela Débora Diogo Douglas Duarte Eduarda Eduardo Elaine Eliane Fábio Fabiana
Felipe Fernanda Filipa Flávia Francisco Gabriel Gabriela Gonçalo Guilherme Gustavo Helena Henrique Igor Inês Isabela
Jéssica João Joana Jorge José Juliana Júlia Larissa Leandro Leonardo Letícia Lívia Luana Lucas Luciana Luísa Luiz
Manuel Marcelo Márcia Marcos Margarida Maria Mariana Marina Mateus Matheus Miguel Natália Nuno Patrícia Paulo Pedro
Rafael Rafaela Raquel Renata Renato Ricardo Rita Roberta Rodrigo Rui Sandra Sérgio Simone Sofia Tânia Thiago Tiago
Tomás Vanessa Vinícius Vitória Vítor Rosana Rogério Teresa Valéria Edson Cláudio Márcio Reginaldo Wagner Wellington
Anderson Cleber Gilberto Tatiana Priscila Cíntia Joaquim Nigel Derek Wayne Craig Shaun Darren Wendy Sharon Marc Xavier
Facundo Agustina Florencia Micaela Lautaro Brenda Yesenia
`
