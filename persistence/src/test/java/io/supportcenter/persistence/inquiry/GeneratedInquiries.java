package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.IndexedInquiry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Solved inquiries as members write them, generated: in eight categories of three teams, each category with five
 * recurring questions ("intents") that share its vocabulary, each answered by one reply template. A question is a
 * greeting, one or two of its intent's sentences (of five ways to say it), a sentence about the member's situation
 * that could belong to any intent of the category, and a closing; the subject is one of three for the intent. So the
 * words that tell two intents of one category apart are few, as in real queues. Members write in a hurry: a quarter
 * of the words of each sentence are left out, and one question in three mentions another intent of the category on
 * the side. Solved inquiries word their intent (subject and sentences) in all but the last of its ways; a new question
 * ({@code unseenWording}) half the time in that last one, which no solved inquiry uses.
 */
final class GeneratedInquiries {

    /** One generated inquiry with what it really is about. */
    record Generated(IndexedInquiry inquiry, int category, int intent) {
    }

    static final String[] CATEGORIES = {"payments", "tracking", "reports", "account", "program-terms", "creatives", "api", "billing"};
    /** The team of each category: publisher support, technical services, advertiser support. */
    static final long[] TEAMS = {1, 2, 2, 1, 1, 3, 2, 3};

    private static final String[][][] SUBJECTS = {
        {{"Payment threshold", "Balance below minimum", "When do I get paid"}, {"Change payout method", "New bank account", "Switch to wire transfer"},
         {"Missing payment", "Payment not received", "Where is my money"}, {"Tax form", "W-8BEN needed", "Tax information"},
         {"Currency of payments", "Paid in wrong currency", "Exchange rate"}},
        {{"Clicks not tracked", "Tracking link broken", "Zero clicks"}, {"Cookie duration", "Cookie lifetime", "Attribution window"},
         {"Sales missing", "Transaction not recorded", "Missing commission"}, {"Deep link error", "Deep link not working", "Deep link redirect"},
         {"Mobile app tracking", "App install not tracked", "SDK attribution"}},
        {{"Report export fails", "CSV export", "Cannot download report"}, {"Report time zone", "Wrong dates in report", "Report hours shifted"},
         {"Numbers differ", "Report mismatch", "Figures do not match"}, {"Scheduled report", "Email report weekly", "Automatic report"},
         {"Custom report columns", "Add column to report", "Report fields"}},
        {{"Change company name", "Rename account", "Company details"}, {"Add a user", "New login for colleague", "Invite user"},
         {"Close my account", "Delete account", "Cancel membership"}, {"Change email address", "Login email", "New email"},
         {"Two factor login", "Authenticator app", "Login code"}},
        {{"Program terms changed", "New terms", "Terms update"}, {"Coupon sites allowed", "Voucher policy", "Coupon code use"},
         {"Brand bidding", "Search ads on brand", "Trademark keywords"}, {"Commission rate lowered", "Rate change", "Lower commission"},
         {"Application declined", "Rejected from program", "Program application"}},
        {{"Banner sizes", "Creative dimensions", "Ad sizes"}, {"Upload new creative", "New banner upload", "Add creative"},
         {"Product feed format", "Feed file rejected", "Feed columns"}, {"Video creatives", "Video ad", "Upload video"},
         {"Creative approval", "Banner not approved", "Creative pending"}},
        {{"API key", "Generate API key", "Where is the API key"}, {"API rate limit", "Too many requests", "HTTP 429"},
         {"API returns 401", "Unauthorized API", "API authentication"}, {"Webhook setup", "Postback URL", "Server to server"},
         {"API pagination", "Results missing in API", "API page size"}},
        {{"Invoice copy", "Download invoice", "Need invoice"}, {"VAT number", "Invoice without VAT", "Tax ID on invoice"},
         {"Prepayment top up", "Add funds", "Account balance top up"}, {"Credit card declined", "Card payment failed", "Payment card"},
         {"Dispute a charge", "Wrong amount billed", "Billing error"}}};

    private static final String[][][] SENTENCES = {
        {{"My balance has not reached the payment threshold yet, when is the minimum paid?", "What is the minimum balance before a payout is made?",
          "Is there a threshold I need to reach before you pay my commission?", "My earnings are below the payout minimum, will they roll over?",
          "How much do I need to earn before the threshold triggers a payment?"},
         {"I want to change my payout method to a different bank account.", "How do I switch my payments from PayPal to wire transfer?",
          "We opened a new bank account and need payouts sent there.", "Please update the bank details where my payouts go.",
          "Can I choose another payout method for future payments?"},
         {"The payment you announced has not arrived in my bank account.", "My payout was marked as paid but I never received the money.",
          "Last month's payment is missing, the bank shows nothing.", "I was told the transfer was sent but no payment came in.",
          "Where is my payment, it should have arrived a week ago?"},
         {"Which tax form do I have to submit to get paid?", "Do you need a W-8BEN form from me as a non-US publisher?",
          "My payments are on hold because of missing tax information.", "Where do I upload my tax form?",
          "The system asks for tax details before releasing payments."},
         {"My payments arrive in dollars but I want them in euros.", "Which exchange rate do you use to convert my commission?",
          "Can I change the currency my payments are made in?", "I lose money on the currency conversion of each payout.",
          "Why was I paid in a different currency than my account currency?"}},
        {{"My tracking link shows zero clicks although I get traffic.", "Clicks from my site are not tracked in the dashboard.",
          "The tracking link does not record any clicks since yesterday.", "Visitors click my links but no clicks are counted.",
          "Is the click tracking down? I see no clicks today."},
         {"How long does the tracking cookie last after a click?", "What is the cookie duration for this program?",
          "If a customer buys after two weeks, is the sale still attributed?", "Which attribution window applies to my clicks?",
          "Does the cookie expire after 30 days or longer?"},
         {"A customer bought through my link but the sale is not recorded.", "Several transactions are missing from my account.",
          "I referred an order and no commission was tracked.", "My sales do not show up although the advertiser confirmed them.",
          "How do I claim a missing transaction?"},
         {"My deep link sends visitors to the home page instead of the product.", "The deep link generator gives an error for this URL.",
          "Deep links to product pages do not redirect correctly.", "When I create a deep link the target page is wrong.",
          "Deep linking to categories fails with an invalid URL message."},
         {"Installs of the mobile app are not tracked.", "How do I track app installs with your SDK?",
          "Conversions inside the app are not attributed to me.", "Is mobile app tracking supported for this advertiser?",
          "The SDK does not attribute in-app purchases."}},
        {{"The report export to CSV fails with an error.", "I cannot download the report as a file.",
          "Exporting the transaction report times out.", "The export button does nothing for large reports.",
          "The downloaded CSV file of the report is empty."},
         {"The report shows sales on the wrong day, maybe a time zone issue?", "Which time zone do the reports use?",
          "My report hours are shifted compared to my shop system.", "Can I set the report time zone to my local time?",
          "Dates in the report do not match because of the time zone."},
         {"The numbers in the report differ from the dashboard.", "Report totals do not match what the advertiser sees.",
          "My report shows fewer sales than my own statistics.", "Why do the report figures differ between two reports?",
          "The commission total in the report does not match the payment."},
         {"Can I get the report emailed to me every week?", "How do I schedule a report automatically?",
          "I would like a daily report by email.", "Is there a way to send the report to my team each Monday?",
          "Set up an automatic scheduled report please."},
         {"Can I add a column for the sub ID to the report?", "How do I choose which fields the report shows?",
          "I need a custom report with the product name column.", "Is it possible to remove columns from the report?",
          "The report lacks the order value field, can I add it?"}},
        {{"Our company name changed, please update the account.", "How do I rename the company on my account?",
          "We merged and need new company details on the account.", "Please change the legal company name we registered.",
          "Where can I edit the company address and name?"},
         {"How do I add a login for my colleague?", "I want to invite a new user to our account.",
          "Can I create another user with fewer rights?", "My coworker needs access to the account.",
          "Add a user to our account please."},
         {"Please close my account, I no longer need it.", "How do I delete my account and data?",
          "I want to cancel my membership in the network.", "We stop our business, close the account.",
          "Can you remove my account completely?"},
         {"I need to change the email address I log in with.", "My login email no longer exists, how do I change it?",
          "Please update the email on my user.", "How can I use a new email address for login?",
          "Change the email address of my account user."},
         {"How do I turn on two factor login?", "Can I use an authenticator app for the login code?",
          "I lost my phone with the login codes.", "The two factor code is not accepted.",
          "Set up two step verification for my login."}},
        {{"The program terms changed, what is different now?", "I got a notice about new terms, do I need to accept?",
          "Where can I read the updated program terms?", "Do the new terms apply to my existing sales?",
          "What happens if I do not agree to the terms update?"},
         {"Are coupon sites allowed in this program?", "May I publish voucher codes on my site?",
          "Which coupon codes am I allowed to promote?", "Is coupon traffic accepted by the advertiser?",
          "Can I use the exclusive coupon code on social media?"},
         {"Am I allowed to bid on the brand name in search ads?", "Is brand bidding on trademark keywords permitted?",
          "The advertiser says I bid on their brand, is that forbidden?", "Can I run search ads with the brand keywords?",
          "What is the policy on trademark bidding?"},
         {"My commission rate was lowered without notice.", "Why did the commission rate change for my account?",
          "The rate dropped from 8 to 5 percent, why?", "Can I get my old commission rate back?",
          "Was I notified about the lower commission rate?"},
         {"My application to the program was declined.", "Why was I rejected from this program?",
          "Can I apply again after a program declined me?", "The advertiser rejected my application without reason.",
          "How long does a program application take to be reviewed?"}},
        {{"Which banner sizes do you support?", "What dimensions should the creatives have?",
          "Is a 300x250 banner accepted?", "Which ad sizes work on mobile?", "Tell me the allowed creative dimensions."},
         {"How do I upload a new banner?", "Where can I add a new creative to the program?",
          "The upload of my creative fails.", "I want to replace an old banner with a new one.",
          "Can I upload creatives in bulk?"},
         {"Our product feed file was rejected.", "Which columns does the product feed need?",
          "What format must the feed have, CSV or XML?", "The feed import shows errors for the price column.",
          "How often is the product feed fetched?"},
         {"Can I upload a video creative?", "Which video formats are accepted for ads?",
          "Is there a size limit for video ads?", "How do publishers use our video creatives?",
          "The video upload fails at 50 percent."},
         {"My banner is still pending approval.", "Why was the creative not approved?",
          "How long does creative approval take?", "The new creative shows as rejected.",
          "Who approves the banners we upload?"}},
        {{"Where do I find my API key?", "How do I generate a new API key?", "I lost the API key, can I create another?",
          "Is the API key per user or per account?", "The API key page is empty."},
         {"The API answers with too many requests.", "What is the rate limit of the API?", "I get HTTP 429 from the API.",
          "How many API calls per minute are allowed?", "Can the API rate limit be raised for us?"},
         {"The API returns 401 unauthorized with my key.", "API authentication fails although the key is right.",
          "Which header carries the API key for authentication?", "My API token is rejected.",
          "Unauthorized error when calling the API."},
         {"How do I set up a postback URL for conversions?", "Can you send conversions to our server by webhook?",
          "Server to server tracking setup please.", "The postback does not reach our endpoint.",
          "Which parameters does the webhook send?"},
         {"The API only returns the first page of results.", "How does pagination work in the API?",
          "Results are missing when I page through the API.", "What is the maximum page size in the API?",
          "How do I get the next page from the API?"}},
        {{"Please send me a copy of last month's invoice.", "Where can I download my invoices?",
          "I need the invoice for our accounting.", "The invoice PDF does not open.", "Can you resend the invoice by email?"},
         {"Our VAT number is missing on the invoice.", "Please issue the invoice without VAT, we are a business.",
          "How do I add our tax ID to invoices?", "The invoice shows the wrong VAT rate.", "Update our VAT number please."},
         {"How do I top up our prepayment balance?", "We want to add funds to the account.",
          "The prepaid balance is low, how do we pay in?", "Which payment options exist to top up?",
          "Our campaigns stopped because the balance is empty."},
         {"Our credit card was declined.", "The card payment failed, what now?", "Can we change the payment card on file?",
          "The charge to our card did not go through.", "We got an email that the card payment failed."},
         {"We were billed a wrong amount.", "I want to dispute a charge on our invoice.", "The billing is higher than agreed.",
          "There is a charge we do not recognise.", "Please correct the billing error on the last invoice."}}};

    /** What a member says about their situation: fits any intent of the category. */
    private static final String[][] CONTEXT = {
        {"I am a publisher with a coupon site.", "We have been members for three years.", "This concerns my account payments.",
         "My commission balance is shown in the dashboard."},
        {"I promote the advertiser on my blog.", "The traffic comes from my newsletter.", "Tracking worked fine until last week.",
         "I use the standard tracking code."},
        {"I look at the transaction report daily.", "We use the reports for our monthly review.", "The report covers last month.",
         "I compare the report with our shop statistics."},
        {"I am the SuperUser of our account.", "Our account has four users.", "We are a small agency.",
         "I manage the account for our company."},
        {"I joined the program last year.", "The program is one of our main sources.", "The advertiser contacted me about it.",
         "I read the program description again."},
        {"We are the advertiser of a fashion shop.", "Our design team made new material.", "We run seasonal campaigns.",
         "Publishers asked us for more material."},
        {"We integrate your data into our own tool.", "Our developer works on the integration.", "We call the API from our server.",
         "The integration runs every hour."},
        {"I handle the finances of our company.", "Our accounting needs this for the audit.", "We pay monthly.",
         "Our finance team asked me to contact you."}};

    private static final String[] GREETINGS = {"Hello,", "Hi team,", "Good morning,", "Dear support,", "Hi,", ""};
    private static final String[] CLOSINGS = {"Thanks in advance.", "Kind regards", "Thank you!", "Please help.", "Best wishes", ""};

    private GeneratedInquiries() {
    }

    static int intents(int category) {
        return SUBJECTS[category].length;
    }

    /** The reply template of an intent, as an agent sends it (the same text for every inquiry of the intent). */
    static String reply(int category, int intent) {
        return "Thank you for asking. " + SUBJECTS[category][intent][0] + ": here is how it works in the " + CATEGORIES[category]
                + " area, answer " + category + "." + intent + ".";
    }

    /** {@code count} inquiries with ids from {@code firstId}, spread evenly over every intent, closed in the 30 days before {@code now}. */
    static List<Generated> generate(long firstId, int count, Random random, Instant now, boolean unseenWording) {
        return generate(firstId, count, random, now, 30, unseenWording);
    }

    /** {@code count} inquiries as above, closed evenly over the {@code days} before {@code now}. */
    static List<Generated> generate(long firstId, int count, Random random, Instant now, int days, boolean unseenWording) {
        List<Generated> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int category = random.nextInt(CATEGORIES.length);
            int intent = random.nextInt(intents(category));
            String subject = own(SUBJECTS[category][intent], random, unseenWording);
            String[] own = SENTENCES[category][intent];
            StringBuilder question = new StringBuilder(pick(GREETINGS, random)).append(' ').append(hurried(own(own, random, unseenWording), random));
            if (random.nextBoolean()) {
                question.append(' ').append(hurried(own(own, random, unseenWording), random));
            }
            if (random.nextInt(3) == 0) {
                // A word on something else of the category ("we also changed banks last month"): the wrong answer's words.
                int other = (intent + 1 + random.nextInt(intents(category) - 1)) % intents(category);
                question.append(" Also: ").append(hurried(pick(SENTENCES[category][other], random), random));
            }
            question.append(' ').append(hurried(pick(CONTEXT[category], random), random)).append(' ').append(pick(CLOSINGS, random));
            IndexedInquiry inquiry = new IndexedInquiry(firstId + i, TEAMS[category], CATEGORIES[category], subject,
                    question.toString().strip(), reply(category, intent), now.minusSeconds((long) (random.nextDouble() * days * 86_400)), true);
            generated.add(new Generated(inquiry, category, intent));
        }
        return generated;
    }

    /** One of the intent's ways to say it: the last is kept for new questions. */
    private static String own(String[] ways, Random random, boolean unseenWording) {
        if (unseenWording && random.nextBoolean()) {
            return ways[ways.length - 1];
        }
        return ways[random.nextInt(ways.length - 1)];
    }

    /** The sentence with about a quarter of its words left out. */
    private static String hurried(String sentence, Random random) {
        StringBuilder kept = new StringBuilder();
        for (String word : sentence.split(" ")) {
            if (random.nextInt(4) != 0) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    private static String pick(String[] from, Random random) {
        return from[random.nextInt(from.length)];
    }
}
