/** English words that carry no meaning in a search ("why did my ..."): dropped from queries. */
export default ("a an and are at be been but by can could did do does for from get got had has " +
  "have how i i'm i've if in into is it its me my of on or our should so that the their them " +
  "there they this to was we were what when where which who why will with would you your")
  .split(" ");
