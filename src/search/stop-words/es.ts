/** Spanish words that carry no meaning in a search: dropped from queries. */
export default ("a al como con cual cuando cuanto de del donde el en es esta este hay la las le " +
  "lo los me mi mis para pero por que qué se si sin su sus tengo un una uno y ya yo").split(" ");
