package io.pressflow.ingest.feed;

/** RSS and Atom documents written for these tests (fictional organisations and people). */
final class Fixtures {
    private Fixtures() {}

    /** An RSS 2.0 feed; {@code %s} is a prefix that keeps each test's item ids apart. */
    static String rss(String prefix, boolean withFourthItem) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Harbour Board &amp; Port Office</title>
                    <link>https://harbour.example/press</link>
                    <description>Press releases of the harbour board</description>
                    <language>en-gb</language>
                    <item>
                      <guid isPermaLink="false">https://harbour.example/press/%1$s-1</guid>
                      <title>Dredging of the inner basin approved</title>
                      <link>https://harbour.example/press/%1$s-1.html</link>
                      <pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate>
                      <description><![CDATA[<p>The harbour board approved dredging of the inner basin on Tuesday.</p>
                        <p>&ldquo;Larger ferries can dock from next spring,&rdquo; chair <b>Mira Holt</b> said.</p>
                        <script>track();</script>]]></description>
                    </item>
                    <item>
                      <guid>%1$s-2</guid>
                      <title>Night works on the quay</title>
                      <link>https://harbour.example/press/%1$s-2.html</link>
                      <pubDate>Wed, 04 Mar 2026 23:10:00 +0100</pubDate>
                      <description>Short teaser.</description>
                      <content:encoded><![CDATA[<div><h2>Night works</h2><p>Repairs on quay four run at night until Friday.</p><ul><li>Lane one closed</li><li>Lane two open</li></ul></div>]]></content:encoded>
                    </item>
                    <item>
                      <title>Pilot boat named</title>
                      <link>https://harbour.example/press/%1$s-3.html</link>
                      <description>The new pilot boat will be called Tern, the board announced.</description>
                    </item>
                    <item>
                      <guid>https://harbour.example/press/%1$s-empty</guid>
                      <title>Photo only</title>
                      <description><![CDATA[<img src="x.jpg">]]></description>
                    </item>
                %2$s
                  </channel>
                </rss>
                """.formatted(prefix, withFourthItem ? """
                    <item>
                      <guid>https://harbour.example/press/%s-4</guid>
                      <title>Ferry timetable</title>
                      <description>The winter ferry timetable starts on 1 November.</description>
                    </item>
                """.formatted(prefix) : "");
    }

    /** An Atom 1.0 feed. */
    static String atom(String prefix) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title type="text">Regional Water Authority</title>
                  <id>urn:example:water:%1$s</id>
                  <updated>2026-04-02T10:00:00Z</updated>
                  <entry>
                    <id>urn:example:water:%1$s:a</id>
                    <title>Reservoir levels recover</title>
                    <link href="https://water.example/news/%1$s-a"/>
                    <published>2026-04-01T08:00:00Z</published>
                    <updated>2026-04-02T10:00:00Z</updated>
                    <content type="html">&lt;p&gt;Reservoir levels rose to 84 percent after the March rain.&lt;/p&gt;&lt;p&gt;Hosepipe limits end on Monday.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <id>urn:example:water:%1$s:b</id>
                    <title>Tariff review</title>
                    <link href="https://water.example/news/%1$s-b"/>
                    <updated>2026-03-28T15:00:00+02:00</updated>
                    <summary type="text">The authority will review household tariffs in June &amp; publish them in July.</summary>
                  </entry>
                </feed>
                """.formatted(prefix);
    }

    /** A feed that tries to read a local file through an external entity. */
    static String xxe(String secretPath) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file://%s"> ]>
                <rss version="2.0"><channel><title>Bad feed</title>
                  <item><guid>https://bad.example/1</guid><title>x</title><description>&secret;</description></item>
                </channel></rss>
                """.formatted(secretPath);
    }
}
