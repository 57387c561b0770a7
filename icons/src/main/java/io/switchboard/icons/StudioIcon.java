package io.switchboard.icons;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Icons by meaning. Views ask for {@code StudioIcon.REPLAY}, never for a glyph, so that the icon set can change in
 * one place. Colours come from the theme's stylesheet ({@code .studio-icon}), never from code.
 */
public enum StudioIcon {
    DESIGN(MaterialDesignV.VECTOR_LINE),
    CONTRACTS(MaterialDesignF.FILE_DOCUMENT_OUTLINE),
    MONITOR(MaterialDesignM.MONITOR_DASHBOARD),
    WORKSPACE(MaterialDesignF.FOLDER_OUTLINE),
    MAPPING(MaterialDesignS.SWAP_HORIZONTAL),
    FLOW(MaterialDesignT.TRANSIT_CONNECTION_VARIANT),
    CONTRACT(MaterialDesignA.API),
    SAMPLE(MaterialDesignC.CODE_BRACES),
    RUNTIME(MaterialDesignS.SERVER_NETWORK),
    DEPLOY(MaterialDesignR.ROCKET_LAUNCH_OUTLINE),
    REPLAY(MaterialDesignR.REPLAY),
    FLOW_HEALTHY(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    FLOW_DEGRADED(MaterialDesignA.ALERT_OUTLINE),
    FLOW_FAILING(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    HEALTH(MaterialDesignH.HEART_PULSE),
    THEME_LIGHT(MaterialDesignW.WHITE_BALANCE_SUNNY),
    THEME_DARK(MaterialDesignW.WEATHER_NIGHT),
    SAVE(MaterialDesignC.CONTENT_SAVE_OUTLINE),
    UNDO(MaterialDesignU.UNDO),
    REDO(MaterialDesignR.REDO),
    SUGGEST(MaterialDesignA.AUTO_FIX),
    CONNECT(MaterialDesignL.LINK_VARIANT),
    UNMAP(MaterialDesignL.LINK_VARIANT_OFF),
    FUNCTION(MaterialDesignF.FUNCTION_VARIANT),
    ZOOM_IN(MaterialDesignM.MAGNIFY_PLUS_OUTLINE),
    ZOOM_OUT(MaterialDesignM.MAGNIFY_MINUS_OUTLINE),
    FILTER(MaterialDesignF.FILTER_OUTLINE),
    SOURCE(MaterialDesignD.DATABASE_EXPORT_OUTLINE),
    TARGET(MaterialDesignD.DATABASE_IMPORT_OUTLINE),
    ERROR(MaterialDesignA.ALERT_CIRCLE),
    WARNING(MaterialDesignA.ALERT),
    PREVIEW(MaterialDesignE.EYE_OUTLINE),
    NEW(MaterialDesignF.FILE_PLUS_OUTLINE),
    INFO(MaterialDesignI.INFORMATION_OUTLINE),
    OPEN(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    FIND(MaterialDesignM.MAGNIFY),
    FORMAT(MaterialDesignF.FORMAT_INDENT_INCREASE),
    ADD_OPERATION(MaterialDesignP.PLUS_BOX_OUTLINE),
    ADD_PROPERTY(MaterialDesignF.FORMAT_LIST_BULLETED_SQUARE),
    COMPARE(MaterialDesignC.COMPARE_HORIZONTAL),
    NOTE(MaterialDesignN.NOTE_TEXT_OUTLINE),
    GO_TO_DEFINITION(MaterialDesignA.ARROW_TOP_RIGHT),
    USAGES(MaterialDesignS.SELECTION_SEARCH),
    SCHEMA(MaterialDesignC.CODE_JSON),
    SERVER(MaterialDesignS.SERVER),
    TAG(MaterialDesignT.TAG_OUTLINE),
    PATH(MaterialDesignR.ROUTES),
    CANCEL(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    DISCARD(MaterialDesignD.DELETE_OUTLINE),
    EDIT(MaterialDesignP.PENCIL_OUTLINE),
    GROUP(MaterialDesignF.FORMAT_LIST_GROUP),
    RELOAD(MaterialDesignR.REFRESH),
    CONNECTED(MaterialDesignL.LAN_CONNECT),
    DISCONNECTED(MaterialDesignL.LAN_DISCONNECT),
    AUDIT(MaterialDesignC.CLIPBOARD_TEXT_CLOCK_OUTLINE),
    KPI(MaterialDesignC.CHART_LINE),
    THRESHOLDS(MaterialDesignT.TUNE_VARIANT),
    FAILURES(MaterialDesignA.ALERT_OCTAGON_OUTLINE),
    ROLLBACK(MaterialDesignH.HISTORY),
    VALIDATE(MaterialDesignS.SHIELD_CHECK_OUTLINE),
    ADD_STEP(MaterialDesignP.PLUS_CIRCLE_OUTLINE),
    REMOVE(MaterialDesignM.MINUS_CIRCLE_OUTLINE),
    MOVE_EARLIER(MaterialDesignA.ARROW_LEFT_BOLD_OUTLINE),
    MOVE_LATER(MaterialDesignA.ARROW_RIGHT_BOLD_OUTLINE),
    ENVIRONMENT(MaterialDesignC.CLOUD_OUTLINE),
    TEST_CASE(MaterialDesignT.TEST_TUBE);

    private final Ikon glyph;

    StudioIcon(Ikon glyph) {
        this.glyph = glyph;
    }

    public Ikon glyph() {
        return glyph;
    }

    /** A new icon node (a node can have one parent, so each use gets its own). */
    public FontIcon create() {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("studio-icon");
        return icon;
    }

    public FontIcon create(int size) {
        FontIcon icon = create();
        icon.setIconSize(size);
        return icon;
    }
}
