/**
 * What most screens need: the office, its people and categories, and who is at the keyboard.
 * Loaded once, refreshed after settings change.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import type { AppInfo, Category, OfficeProfile, Person } from '@shared/domain/records'
import { call, setOperator } from './api'

export interface AppState {
  info: AppInfo
  office: OfficeProfile | null
  people: Person[]
  categories: Category[]
  operator: Person | null
  chooseOperator(id: number | null): void
  refresh(): Promise<void>
}

const Context = createContext<AppState | null>(null)
const OPERATOR_KEY = 'publish-desk-operator'

export function AppStateProvider({ children, fallback }: { children: ReactNode; fallback: (error: string | null) => ReactNode }) {
  const [loaded, setLoaded] = useState<Omit<AppState, 'chooseOperator' | 'refresh' | 'operator'> | null>(null)
  const [operatorId, setOperatorId] = useState<number | null>(() => Number(localStorage.getItem(OPERATOR_KEY)) || null)
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    try {
      const [info, office, people, categories] = await Promise.all([
        call('app:info', {}),
        call('office:get', {}),
        call('people:list', { includeInactive: true }),
        call('categories:list', {})
      ])
      setLoaded({ info, office, people, categories })
      setError(null)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const chooseOperator = useCallback((id: number | null) => {
    setOperatorId(id)
    if (id === null) localStorage.removeItem(OPERATOR_KEY)
    else localStorage.setItem(OPERATOR_KEY, String(id))
  }, [])

  const active = loaded?.people.filter((p) => p.active) ?? []
  // Default to the first webmaster: the person who uses the app most.
  const operator =
    active.find((p) => p.id === operatorId) ?? active.find((p) => p.roles.includes('webmaster')) ?? active[0] ?? null
  setOperator(operator?.id ?? null)
  // Keep the default once chosen, so that adding a person later cannot change who is at the keyboard.
  useEffect(() => {
    if (operator && operator.id !== operatorId) chooseOperator(operator.id)
  }, [operator, operatorId, chooseOperator])

  if (!loaded) return <>{fallback(error)}</>
  return <Context.Provider value={{ ...loaded, operator, chooseOperator, refresh }}>{children}</Context.Provider>
}

export function useAppState(): AppState {
  const state = useContext(Context)
  if (!state) throw new Error('useAppState outside AppStateProvider')
  return state
}
