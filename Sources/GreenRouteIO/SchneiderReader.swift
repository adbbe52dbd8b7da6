import GreenRouteCore

/// Reads the E-VRPTW text format of Schneider, Stenger & Goeke (2014).
///
/// Rows `StringID Type x y demand ReadyTime DueDate ServiceTime` (Type `d` depot, `f` station,
/// `c` customer), then parameter lines `Q ... /77.75/` (battery), `C` (load capacity),
/// `r` (consumption per distance unit), `g` (time per energy unit recharged), `v` (speed).
/// The result has abstract units, Euclidean distances, full recharge, one vehicle type `ev`
/// with unlimited count and `maxChargePower = 1/g`; stations have unlimited chargers and supply.
public enum SchneiderReader {
    /// The column names of a node row, in order.
    static let columns = ["StringID", "Type", "x", "y", "demand", "ReadyTime", "DueDate", "ServiceTime"]
    /// The parameter letters, in file order.
    static let parameters = ["Q", "C", "r", "g", "v"]

    private struct Row {
        var id: String
        var type: Character
        var values: [Double]  // x y demand ready due service
        var line: Int
    }

    /// Parses a Schneider file's text; `name` becomes the instance name, `path` is used in errors.
    public static func read(contents: String, name: String, path: String) throws -> Instance {
        var problems = ProblemCollector(file: path)
        var rows: [Row] = []
        var parameterValues: [String: (value: Double, line: Int)] = [:]
        var lastLine = 0
        for (number, text) in TextNumbers.lines(of: contents) {
            let fields = TextNumbers.fields(of: text)
            guard let first = fields.first else { continue }
            lastLine = number
            if first == "StringID" { continue }
            if text.contains("/") {
                readParameter(text, fields: fields, line: number, into: &parameterValues, problems: &problems)
            } else if let row = readRow(fields, line: number, problems: &problems) {
                rows.append(row)
            }
        }
        guard lastLine > 0 else {
            throw InstanceError(InstanceProblem(kind: .emptyFile, file: path, line: nil, field: nil,
                                                message: "empty file (expected a Schneider E-VRPTW instance)"))
        }
        for letter in parameters where parameterValues[letter] == nil {
            problems.add(.missingParameter, line: lastLine, field: letter,
                         "parameter line '\(letter) ... /value/' is missing (expected Q, C, r, g and v after the rows)")
        }
        if let g = parameterValues["g"], !(g.value > 0) {
            problems.add(.nonPositiveValue, line: g.line, field: "g",
                         "inverse recharging rate g = \(g.value) (expected > 0; the charging power is 1/g)")
        }
        for row in rows where row.type != "c" {
            let what = row.type == "d" ? "the depot" : "station \(row.id)"
            for (index, column) in [(2, "demand"), (5, "ServiceTime")] where row.values[index] != 0 {
                problems.add(.badValue, line: row.line, field: column,
                             "\(column) of \(what) is \(row.values[index]) (expected 0: only customers have demand and service)")
            }
        }
        let depots = rows.filter { $0.type == "d" }
        if depots.isEmpty {
            problems.add(.missingDepot, line: nil, "no depot row (expected one row of Type d)")
        }
        for extra in depots.dropFirst() {
            problems.add(.multipleDepots, line: extra.line, field: "Type",
                         "second depot \(extra.id) (expected exactly one row of Type d, first on line \(depots[0].line))")
        }
        guard let depotRow = depots.first, problems.problems.allSatisfy({ $0.kind != .missingParameter }) else {
            throw problems.error
        }
        var sources = SourceMap(file: path)
        func parameter(_ letter: String) -> Double {
            guard let entry = parameterValues[letter] else { return 0 }
            return entry.value
        }
        for letter in parameters {
            let line = parameterValues[letter]?.line
            let key = ["Q": "battery", "C": "capacity", "r": "consumption", "g": "maxChargePower", "v": "speed"][letter] ?? letter
            sources.record("vehicleTypes[0].\(key)", line: line, field: letter)
            if letter == "Q" { sources.record("vehicleTypes[0].initialCharge", line: line, field: letter) }
        }
        let g = parameter("g")
        let vehicle = VehicleType(id: "ev", count: nil, capacity: parameter("C"), battery: parameter("Q"),
                                  consumption: parameter("r"), speed: parameter("v"),
                                  maxChargePower: g > 0 ? 1 / g : 1, initialCharge: parameter("Q"),
                                  reserve: 0, returnCharge: 0, fixedCost: 0, costPerKm: 1)
        record(depotRow, key: "depot", sources: &sources)
        let depot = Depot(id: depotRow.id, location: .plane(x: depotRow.values[0], y: depotRow.values[1]),
                          open: depotRow.values[3], close: depotRow.values[4])
        var customers: [Customer] = []
        var stations: [ChargingStation] = []
        for row in rows {
            let location = Location.plane(x: row.values[0], y: row.values[1])
            if row.type == "c" {
                record(row, key: "customers[\(customers.count)]", sources: &sources)
                customers.append(Customer(id: row.id, location: location, demand: row.values[2],
                                          ready: row.values[3], due: row.values[4], service: row.values[5]))
            } else if row.type == "f" {
                record(row, key: "stations[\(stations.count)]", sources: &sources)
                stations.append(ChargingStation(id: row.id, location: location, chargers: nil,
                                                chargerPower: nil, supply: .unlimited))
            }
        }
        let instance = Instance(name: name, timeUnit: .abstract, depot: depot, customers: customers,
                                stations: stations, vehicleTypes: [vehicle], metric: .euclidean,
                                charging: .full, metadata: ["format": "schneider"])
        problems.append(contentsOf: InstanceValidator.problems(of: instance, sources: sources))
        try problems.throwIfAny()
        return instance
    }

    private static func record(_ row: Row, key: String, sources: inout SourceMap) {
        sources.record(key, line: row.line, field: nil)
        sources.record(key + ".id", line: row.line, field: "StringID")
        let fields = ["location.x", "location.y", "demand", "ready", "due", "service"]
        let depotFields = ["location.x", "location.y", "demand", "open", "close", "service"]
        for (index, field) in (key == "depot" ? depotFields : fields).enumerated() {
            sources.record(key + "." + field, line: row.line, field: columns[index + 2])
        }
    }

    private static func readParameter(_ text: Substring, fields: [Substring], line: Int,
                                      into values: inout [String: (value: Double, line: Int)],
                                      problems: inout ProblemCollector) {
        let letter = String(fields[0])
        guard parameters.contains(letter) else {
            problems.add(.unknownParameter, line: line, field: letter,
                         "unknown parameter '\(letter)' (expected one of Q, C, r, g, v)")
            return
        }
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 3 else {
            problems.add(.badValue, line: line, field: letter,
                         "parameter line '\(text.trimmingWhitespace)' (expected '\(letter) description /number/')")
            return
        }
        let valueText = pieces[1].trimmingWhitespace
        switch TextNumbers.parse(valueText) {
        case .value(let value):
            if let earlier = values[letter] {
                problems.add(.duplicateParameter, line: line, field: letter,
                             "parameter \(letter) given twice (first on line \(earlier.line))")
            } else {
                values[letter] = (value, line)
            }
        case .notANumber:
            problems.add(.notANumber, line: line, field: letter, "parameter \(letter) is '\(valueText)' (expected a number)")
        case .notFinite:
            problems.add(.notFinite, line: line, field: letter, "parameter \(letter) is '\(valueText)' (expected a finite number)")
        }
    }

    private static func readRow(_ fields: [Substring], line: Int, problems: inout ProblemCollector) -> Row? {
        guard fields.count == columns.count else {
            problems.add(.wrongColumnCount, line: line,
                         "\(fields.count) columns (expected \(columns.count): \(columns.joined(separator: " ")))")
            return nil
        }
        let typeText = fields[1]
        guard typeText.count == 1, let type = typeText.first, "dfc".contains(type) else {
            problems.add(.unknownNodeType, line: line, field: "Type",
                         "Type '\(typeText)' of \(fields[0]) (expected d for the depot, f for a station, c for a customer)")
            return nil
        }
        var values: [Double] = []
        var valid = true
        for index in 2..<columns.count {
            switch TextNumbers.parse(fields[index]) {
            case .value(let value): values.append(value)
            case .notANumber:
                problems.add(.notANumber, line: line, field: columns[index],
                             "\(columns[index]) of \(fields[0]) is '\(fields[index])' (expected a number)")
                valid = false
            case .notFinite:
                problems.add(.notFinite, line: line, field: columns[index],
                             "\(columns[index]) of \(fields[0]) is '\(fields[index])' (expected a finite number)")
                valid = false
            }
        }
        return valid ? Row(id: String(fields[0]), type: type, values: values, line: line) : nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingWhitespace: Substring {
        let scalars = Substring(self)
        guard let start = scalars.firstIndex(where: { !$0.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return scalars[start...end]
    }
}
