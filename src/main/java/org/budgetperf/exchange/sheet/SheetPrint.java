package org.budgetperf.exchange.sheet;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** How the official forms print: on A4, scaled to one page wide, as many pages long as the rows need. */
public final class SheetPrint {

    private SheetPrint() {}

    public static void onA4OnePageWide(XSSFSheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
