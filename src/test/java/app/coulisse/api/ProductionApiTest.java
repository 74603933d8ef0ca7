package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The production workbook and a performer's calendar over HTTP, as the office's scripts fetch them. */
class ProductionApiTest extends ServerTest {

    @Test
    void the_office_downloads_the_production_workbook_of_a_season() throws Exception {
        HttpResponse<byte[]> response = sendForBytes(request("/api/seasons/1/production.xlsx", "production",
                "etoile-office"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("season-1-production.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheet("Shooting schedule")).isNotNull();
            assertThat(workbook.getSheet("Day out of days").getLastRowNum()).isPositive();
        }
    }

    @Test
    void a_performer_calendar_lists_their_shoot_days_rehearsals_and_fitting() throws Exception {
        HttpResponse<String> response = send(request("/api/seasons/1/calendar/1.ics", "writer", "etoile-room"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/calendar"));
        ICalendar calendar = Biweekly.parse(response.body()).first();
        List<String> summaries = calendar.getEvents().stream().map(VEvent::getSummary)
                .map(summary -> summary.getValue()).toList();
        assertThat(summaries).anyMatch(s -> s.startsWith("Shoot day"));
        assertThat(summaries).anyMatch(s -> s.startsWith("Fitting"));
    }

    @Test
    void an_unknown_season_or_cast_id_gets_404_with_a_json_message() throws Exception {
        assertThat(send(request("/api/seasons/77/production.xlsx", "production", "etoile-office")).statusCode())
                .isEqualTo(404);
        HttpResponse<String> noOne = send(request("/api/seasons/1/calendar/9999.ics", "production", "etoile-office"));
        assertThat(noOne.statusCode()).isEqualTo(404);
        assertThat(noOne.body()).contains("9999");
    }
}
