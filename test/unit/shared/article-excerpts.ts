// The article's trust, small-talk and being-there paragraphs (seed/seven-ways-article.txt, outside this
// repository), which the starters take their ideas from: the test checks none of our
// sentences repeats them. Test data only; the app never shows it.

export const ARTICLE_TRUST =
  'Emotional intimacy can be achieved when both partners in the relationship trust each other wholeheartedly. By having trust and faith in each other, both you and your partner will be able to get through anything that comes in your relationship, especially in tough or challenging times. You can start developing trust in your partner by telling them all of your secrets, and vice versa. Telling secrets can also make your relationship feel closer and more intimate. Once you’re honest with each other and don’t have anything to hide, you will be more comfortable to share your emotional thoughts and feelings anytime.'

export const ARTICLE_SMALL_TALK =
  'In addition to occasional quality time, you can reach emotional intimacy by engaging in frequent small talks. Try to have small talks with your partner whenever and wherever you can. Talk about your plans for the day during breakfast, comment on current events when you watch the news, share your opinion about books and movies; those kinds of things can be considered small talks that you can have every day. Many relationship experts believe that romantic partners who often engage in small talks have a higher level of emotional intimacy. Frequent small talks can also help you get closer to each other, so you can share your deeper thoughts, feelings, dreams, and even fears.'

export const ARTICLE_BEING_THERE =
  'Being available for your partner will increase the intimacy in your relationship. Try to be there at every moment, not only because of your partner needs but also because you can. In your spare time, you can offer your partner to accompany them anywhere. Alternatively, you can make your presence felt by preparing their favorite meals or sitting with them when watching their favorite shows. Your presence should also be counted in every event of your partners, whether it is good or bad. By being there for your loved ones, you can always share each other’s feelings; you can express excitement when they are excited or show your sympathy when they are in sorrow.'
