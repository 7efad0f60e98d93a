package app.unknot.routine.web;

import app.unknot.routine.Frequency;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** How often, in an {@link AdjustmentForm}: {@code times} a {@code per} ("day" or "week") for {@code weeks}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public class FrequencyRow {

    @Min(1)
    @Max(Frequency.MAX_TIMES)
    private Integer times;

    @Pattern(regexp = "day|week")
    private String per;

    @Min(1)
    @Max(Frequency.MAX_WEEKS)
    private Integer weeks;

    public Integer getTimes() {
        return times;
    }

    public void setTimes(Integer times) {
        this.times = times;
    }

    public String getPer() {
        return per;
    }

    public void setPer(String per) {
        this.per = per == null || per.isBlank() ? null : per.strip();
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    /** The page always posts the three fields; left empty, they mean no frequency. */
    boolean isBlank() {
        return times == null && per == null && weeks == null;
    }

    /** All three or none. */
    @AssertTrue
    public boolean isWhole() {
        return isBlank() || times != null && per != null && weeks != null;
    }
}
