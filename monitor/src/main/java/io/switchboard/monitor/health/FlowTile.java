package io.switchboard.monitor.health;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One flow's health as its tile shows it; updated in place on each snapshot, so the tile keeps its bindings. */
public final class FlowTile {

    private final String flowId;
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final StringProperty state = new SimpleStringProperty("");
    private final DoubleProperty throughput = new SimpleDoubleProperty();
    private final DoubleProperty errorRate = new SimpleDoubleProperty();
    private final LongProperty p95 = new SimpleLongProperty();
    private final LongProperty failed = new SimpleLongProperty();
    private final StringProperty lastError = new SimpleStringProperty("");
    private final ObjectProperty<HealthLevel> level = new SimpleObjectProperty<>(HealthLevel.HEALTHY);

    FlowTile(String flowId) {
        this.flowId = flowId;
    }

    public String flowId() {
        return flowId;
    }

    public IntegerProperty versionProperty() {
        return version;
    }

    public StringProperty stateProperty() {
        return state;
    }

    /** Delivered messages per second over the last minute. */
    public DoubleProperty throughputProperty() {
        return throughput;
    }

    /** Failed among the messages that ended over the last minute, 0 to 1. */
    public DoubleProperty errorRateProperty() {
        return errorRate;
    }

    public LongProperty p95Property() {
        return p95;
    }

    /** Failed since the runtime started. */
    public LongProperty failedProperty() {
        return failed;
    }

    public StringProperty lastErrorProperty() {
        return lastError;
    }

    public ObjectProperty<HealthLevel> levelProperty() {
        return level;
    }
}
