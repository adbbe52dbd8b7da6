import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

/// Renders `plan.html` in headless Chromium: the page must paint (not blank) and its DOM
/// must hold the expected parts. Skipped without Chromium, except in CI (CI set), where a
/// missing browser fails the test.
@Suite struct BrowserRenderingTests {
    @Test(.enabled(if: HeadlessBrowser.find() != nil || HeadlessBrowser.inCI,
                   "chromium is not installed (apt-get install -y chromium); set CI to make this a failure"))
    func pageRendersInChromium() throws {
        guard let browser = HeadlessBrowser.find() else {
            Issue.record("CI is set but chromium is not installed: apt-get install -y chromium")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("greenroute-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let (instance, plan) = ReportFixtures.sofiaPlan()
        let report = PlanReport(instance: instance, plan: plan, violations: ["over-supply at SUN by 7 kW"])
        let page = folder.appendingPathComponent("plan.html")
        try report.html().write(to: page, atomically: true, encoding: .utf8)
        let blank = folder.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)

        // Painted: a PNG of the window size, far larger than the PNG of a blank page.
        let shot = folder.appendingPathComponent("plan.png"), blankShot = folder.appendingPathComponent("blank.png")
        try browser.screenshot(of: page, to: shot)
        try browser.screenshot(of: blank, to: blankShot)
        let png = try Data(contentsOf: shot), blankPNG = try Data(contentsOf: blankShot)
        let header = PNGHeader(png)
        #expect(header?.width == 1280)
        #expect(header?.height == 2000)
        #expect(png.count > 20_000, "screenshot is only \(png.count) bytes")
        #expect(png.count > 5 * blankPNG.count, "screenshot \(png.count) bytes vs blank page \(blankPNG.count) bytes")

        // Parsed as intended: the browser's DOM holds one route, row and sheet per van.
        let dom = try browser.dumpDOM(of: page)
        let count = ReportFixtures.count
        #expect(count("class=\"route\"", dom) == plan.routes.count)
        #expect(count("class=\"route-sheet\"", dom) == plan.routes.count)
        #expect(count("class=\"timeline-row\"", dom) == plan.routes.count)
        #expect(count("class=\"station-chart\"", dom) == 1)
        #expect(count("class=\"kpi\"", dom) == 7)
        #expect(count("class=\"violations\"", dom) == 1)
        #expect(!dom.contains("<script"))
    }
}

/// Width and height from a PNG's IHDR chunk, or nil when the data is not a PNG.
struct PNGHeader {
    let width: Int
    let height: Int

    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = bigEndian(16)
        height = bigEndian(20)
    }
}
